package org.placeworks.intelligence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/**
 * A report as an intelligence officer reads it. It never holds who reported it: only whether contact
 * details were given ({@code hasContactDetails}).
 */
public record ReportView(UUID id, String reference, ReportCategory category, String whatHappened, LocalDate occurredOn,
        LocalTime occurredTime, ReportPlace place, Victim victim, ReportChannel channel, Instant receivedAt, String takenBy,
        ReportStatus status, String statusNote, Instant statusChangedAt, UUID owningServiceId, String owningServiceName,
        boolean hasContactDetails, List<ReportAddition> additions, long version) {

    public ReportView {
        additions = List.copyOf(additions);
    }
}
