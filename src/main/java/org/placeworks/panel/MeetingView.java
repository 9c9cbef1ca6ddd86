package org.placeworks.panel;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/** A meeting with its attendance and quorum. */
public record MeetingView(UUID id, UUID panelId, String panelName, String venue, String chairName, LocalDate date,
        LocalTime startTime, MeetingStatus status, LocalDate cutOff, boolean chairPresent, List<Attendance> attendance,
        boolean confidentialityAcknowledged, String quorumOverrideReason, boolean quorate, int quorumAgencies,
        long agenciesRepresented, long version) {

    public record Attendance(UUID agencyId, String agencyName, String memberName, String deputyName,
            AttendanceStatus status, String attendeeName) {
    }

    public boolean scheduled() {
        return status == MeetingStatus.SCHEDULED;
    }

    public boolean published() {
        return status == MeetingStatus.AGENDA_PUBLISHED;
    }

    public boolean inSession() {
        return status == MeetingStatus.IN_SESSION;
    }

    public boolean closed() {
        return status == MeetingStatus.CLOSED;
    }

    public boolean decidable() {
        return status == MeetingStatus.IN_SESSION && (quorate || quorumOverrideReason != null);
    }
}
