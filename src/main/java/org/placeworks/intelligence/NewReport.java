package org.placeworks.intelligence;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A report as given: online by a resident, or written down by staff. {@code occurredTime} and
 * {@code reporter} may be null (a report without contact details is still confidential, and cannot be
 * traced back to anyone).
 */
public record NewReport(ReportCategory category, String whatHappened, LocalDate occurredOn, LocalTime occurredTime,
        ReportLocation location, Victim victim, ReporterDetails reporter) {
}
