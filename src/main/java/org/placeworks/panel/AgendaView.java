package org.placeworks.panel;

import java.util.List;

/**
 * A meeting's agenda: its items in order with their slots, urgent requests waiting for the chair,
 * and open actions carried forward from earlier meetings. {@code chair} says whether the reader chairs it.
 * {@code withheld} says plainly which items the reader is not shown because the family has not
 * agreed to share them with the reader's agency.
 */
public record AgendaView(MeetingView meeting, List<AgendaItemView> items, List<AgendaItemView> urgentRequests,
        List<ActionView> carriedActions, boolean chair, List<String> withheld, LastMinutes lastMinutes) {

    /** Whether some item is short of a quorum once those who withdrew from it are left out. */
    public boolean itemShortOfQuorum() {
        return items.stream().anyMatch(i -> i.quorumShortfall() != null);
    }

    /**
     * The minutes of the panel's last meeting, taken first on this agenda ("minutes of the last meeting agreed");
     * the actions carried forward are the matters arising. Null when there are none to take.
     */
    public record LastMinutes(java.util.UUID meetingId, java.time.LocalDate date, MinutesStatus status, String text,
            long version) {

        public boolean agreed() {
            return status == MinutesStatus.AGREED;
        }
    }
}
