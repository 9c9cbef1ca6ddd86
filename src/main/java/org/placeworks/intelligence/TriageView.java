package org.placeworks.intelligence;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.placeworks.organisation.Strand;

/**
 * A report's triage as its intelligence officers see it: the grading and sanitised summary (null before
 * triage), where it was passed on, the services it could go to, and each time its reporter was revealed.
 */
public record TriageView(ReportView report, Grading grading, String summary, String triagedBy, Instant triagedAt,
        List<Sent> sent, List<Receiver> receivers, List<RevealRecord> reveals, boolean reporterHeld, List<EstateLinkView> estateIssues) {

    public TriageView {
        estateIssues = List.copyOf(estateIssues);
        sent = List.copyOf(sent);
        receivers = List.copyOf(receivers);
        reveals = List.copyOf(reveals);
    }

    public boolean triaged() {
        return grading != null;
    }

    /** Whether it may still be passed on: not closed. */
    public boolean open() {
        return report.status() != ReportStatus.CLOSED;
    }

    /** A service that may receive the report: it delivers the strand and its boundary holds the report's place. */
    public record Receiver(UUID serviceId, String serviceName, Strand strand) {

        public String label() {
            return serviceName + " (" + strand.label() + ")";
        }
    }

    /** Where it was passed on, and what was sent. */
    public record Sent(UUID id, String to, Strand strand, String summary, String grading, Instant sentAt, String sentBy,
            Instant acknowledgedAt, String acknowledgedBy) {
    }

    /** An estate issue the report is linked to, or raised from its sanitised summary. */
    public record EstateLinkView(UUID issueId, String reference, boolean raised, String linkedBy, Instant linkedAt) {
    }

    /** One reveal of the reporter: who, when, why. */
    public record RevealRecord(String revealedBy, Instant revealedAt, String reason) {
    }
}
