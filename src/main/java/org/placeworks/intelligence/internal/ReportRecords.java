package org.placeworks.intelligence.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.UUID;
import org.placeworks.intelligence.NewReport;
import org.placeworks.intelligence.ReportChannel;

/** Makes the records of a report (the entities' constructors stay inside this package). */
@ApplicationScoped
public class ReportRecords {

    @Inject
    IntelReportRepository reports;

    /** Stores a checked report at its resolved place. */
    public IntelReport create(String reference, NewReport r, ReportPlaces.Placed place, ReportChannel channel, Instant at, String takenBy) {
        IntelReport report = new IntelReport(reference, r.category(), r.whatHappened().strip(), r.occurredOn(), r.occurredTime(), place,
                r.victim(), channel, at, takenBy);
        reports.persist(report);
        return report;
    }

    public ReceiptHash receipt(UUID reportId, String codeHash) {
        return new ReceiptHash(reportId, codeHash);
    }

    /** An addition by staff ({@code username}) or, with a null username, by the reporter. */
    public Addition addition(UUID reportId, String text, Instant at, String username) {
        return username == null ? Addition.byReporter(reportId, text, at) : Addition.byStaff(reportId, text, at, username);
    }
}
