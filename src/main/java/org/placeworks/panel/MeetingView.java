package org.placeworks.panel;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/** A meeting with its attendance and quorum. */
public record MeetingView(UUID id, UUID panelId, String panelName, String venue, String chairName, LocalDate date,
        LocalTime startTime, MeetingStatus status, LocalDate cutOff, boolean chairPresent, List<Attendance> attendance,
        boolean confidentialityAcknowledged, String quorumOverrideReason, boolean quorate, int quorumAgencies,
        long agenciesRepresented, long version, String deputyChairName, String chairedByName, boolean chairedByDeputy,
        String cancelledReason, LocalDate movedFrom, String movedReason, List<String> quorumNeedsAgencies,
        String quorumShortfall) {

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

    public boolean cancelled() {
        return status == MeetingStatus.CANCELLED;
    }

    /** Whether it may still be cancelled or moved: it has not started. */
    public boolean notStarted() {
        return status == MeetingStatus.SCHEDULED || status == MeetingStatus.AGENDA_PUBLISHED;
    }

    /** Who chaired, as the minutes say it: the chair, or the deputy chair (noting when the chair was present). */
    public String chairedBy() {
        if (chairedByName == null) {
            return null;
        }
        return chairedByName + (chairedByDeputy ? ", deputy chair" + (chairPresent ? " (the chair was present)" : "") : ", chair");
    }

    public boolean closed() {
        return status == MeetingStatus.CLOSED;
    }

    public boolean decidable() {
        return status == MeetingStatus.IN_SESSION && (quorate || quorumOverrideReason != null);
    }
}
