package org.placeworks.caf;

import java.time.LocalDate;
import java.util.UUID;

/** A line of a case list: whose case, where it is, and what is due next. */
public record CaseSummary(UUID id, String reference, UUID familyId, String familyName, String neighbourhood,
        CaseStatus status, String leadProfessional, String nextDue, LocalDate nextDueOn, boolean overdue,
        LocalDate referredOn) {

    public boolean dueSoon(LocalDate today) {
        return nextDueOn != null && !overdue && !nextDueOn.isAfter(today.plusDays(14));
    }
}
