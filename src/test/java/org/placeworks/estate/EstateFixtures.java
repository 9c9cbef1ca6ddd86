package org.placeworks.estate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Base64;
import java.util.UUID;
import org.placeworks.organisation.Thornbury;

/** Issues on the Millbrook Estate for tests, reported through the service as a resident's phone call would be. */
@ApplicationScoped
public class EstateFixtures {

    /** A 1x1 PNG. */
    public static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    @Inject
    EstateIssues issues;

    @Inject
    Thornbury thornbury;

    /** An issue at an address on the estate, in a category the demo gives to {@code category}'s responsible service. */
    public EstateIssueView report(EstateCategory category, String description, String reporterEmail) {
        UUID address = thornbury.address(Thornbury.RIVERSIDE_UPRN).id();
        return issues.report(new NewEstateIssue(category, IssueLocation.atAddress(address), null, description,
                new ReporterContact(null, reporterEmail, null), IssueChannel.STAFF, null));
    }
}
