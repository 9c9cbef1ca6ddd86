package org.placeworks.intelligence.api;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.placeworks.intelligence.NewReport;
import org.placeworks.intelligence.PreferredContact;
import org.placeworks.intelligence.ReportCategory;
import org.placeworks.intelligence.ReportChannel;
import org.placeworks.intelligence.ReportLocation;
import org.placeworks.intelligence.ReporterDetails;
import org.placeworks.intelligence.Victim;

/**
 * A report written down by staff, as the API receives it: {@code channel} STAFF (their own) or PHONE (taken for a
 * resident); where it happened ({@code addressId} or {@code areaId}, and/or {@code placeDescription}); and, for a
 * phone report, the resident's contact details if they gave them. The service checks every field and names it.
 */
public record ReportRequest(ReportChannel channel, ReportCategory category, String whatHappened, LocalDate occurredOn,
        LocalTime occurredTime, UUID addressId, UUID areaId, String placeDescription, Victim victim, String reporterName,
        String reporterEmail, String reporterPhone, PreferredContact preferredContact) {

    NewReport report() {
        String description = placeDescription == null || placeDescription.isBlank() ? null : placeDescription.strip();
        ReportLocation location = addressId == null && areaId == null && description == null ? null
                : new ReportLocation(addressId, areaId, description);
        ReporterDetails reporter = new ReporterDetails(reporterName, reporterEmail, reporterPhone, preferredContact);
        return new NewReport(category, whatHappened, occurredOn, occurredTime, location, victim, reporter.any() ? reporter : null);
    }

    /** Information added to a report. */
    public record Information(String information) {
    }
}
