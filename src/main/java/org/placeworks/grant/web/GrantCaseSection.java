package org.placeworks.grant.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.placeworks.caf.CaseSection;
import org.placeworks.caf.CaseSectionSource;
import org.placeworks.caf.CaseStatus;
import org.placeworks.caf.CaseView;
import org.placeworks.grant.GrantRequestView;
import org.placeworks.grant.GrantRequests;
import org.placeworks.identity.CurrentStaff;
import org.placeworks.identity.Roles;

/**
 * Grants' part of the case page: the small grants asked for on the case, and for the case's own
 * workers while there is a plan, the way to ask for one. Shown to the roles that may open grant
 * requests (as {@link GrantRequestPages} allows).
 */
@ApplicationScoped
public class GrantCaseSection implements CaseSectionSource {

    private static final Set<String> ROLES = Set.of(Roles.FRONTLINE, Roles.LEAD_PROFESSIONAL, Roles.PANEL_CHAIR,
            Roles.MANAGER);

    @Inject
    GrantRequests requests;

    @Inject
    CurrentStaff current;

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Optional<CaseSection> sectionFor(CaseView kase) {
        if (ROLES.stream().noneMatch(current::has)) {
            return Optional.empty();
        }
        List<CaseSection.Row> rows = requests.forCase(kase).stream().map(GrantCaseSection::row).toList();
        List<CaseSection.Link> links = new java.util.ArrayList<>();
        if (kase.canEdit() && kase.status() == CaseStatus.ACTIVE_PLAN) {
            links.add(new CaseSection.Link("Ask for a small grant for a need in the plan", GrantRoutes.newRequest(kase.id())));
        }
        links.add(new CaseSection.Link("Grants asked for on this case", GrantRoutes.requestsOnCase(kase.id())));
        return Optional.of(new CaseSection("grants", "Small grants", rows, "No grants have been asked for on this case.",
                links));
    }

    private static CaseSection.Row row(GrantRequestView r) {
        return new CaseSection.Row(r.item(), GrantRoutes.request(r.id()), r.amount() + ", " + r.status().label());
    }
}
