package org.placeworks.intelligence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.placeworks.organisation.Strand;

/**
 * A report as the receiving service sees it: the sanitised summary, the grading, the category, the date
 * and a street-level place. Nothing about the reporter, and no way back to the report itself.
 */
public record PassedOnView(UUID id, UUID serviceId, String serviceName, Strand strand, String category, LocalDate occurredOn,
        String place, String summary, String grading, String gradingWords, String handlingConditions, Instant sentAt,
        String acknowledgedBy, Instant acknowledgedAt, UUID referralCaseId, String referralCaseReference, long version) {

    /** A request for support was made from it: the case it opened. */
    public boolean referralMade() {
        return referralCaseId != null;
    }

    public boolean acknowledged() {
        return acknowledgedAt != null;
    }

    /** Passed to an early help service: a worker there turns it into a request for support for a family they find. */
    public boolean forEarlyHelp() {
        return strand == Strand.EARLY_INTERVENTION;
    }
}
