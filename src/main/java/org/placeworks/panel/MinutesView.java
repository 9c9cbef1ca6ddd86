package org.placeworks.panel;

import java.util.List;

/**
 * The minutes of a closed meeting: every item, or one agency's copy (only the items it was involved
 * in, less those the family has not agreed to share with it, each named in {@code withheld}).
 */
public record MinutesView(MeetingView meeting, List<AgendaItemView> items, String agencyName, List<String> withheld,
        Record record) {

    /**
     * Where the minutes are (draft, circulated for accuracy, agreed and at which meeting), their wording now and
     * every earlier wording with the reason for each correction, newest first; null for minutes closed before
     * minutes were kept this way.
     */
    public record Record(MinutesStatus status, String text, java.time.LocalDate agreedAtMeeting, List<Revision> revisions,
            long version, boolean chair) {

        public boolean draft() {
            return status == MinutesStatus.DRAFT;
        }

        public boolean circulated() {
            return status == MinutesStatus.CIRCULATED;
        }
    }

    public record Revision(int number, String text, String reason, String writtenBy, java.time.Instant writtenAt) {
    }

    public boolean agencyCopy() {
        return agencyName != null;
    }
}
