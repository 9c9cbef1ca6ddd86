package org.placeworks.panel;

import java.util.List;

/**
 * The minutes of a closed meeting: every item, or one agency's copy (only the items it was involved
 * in, less those the family has not agreed to share with it, each named in {@code withheld}).
 */
public record MinutesView(MeetingView meeting, List<AgendaItemView> items, String agencyName, List<String> withheld) {

    public boolean agencyCopy() {
        return agencyName != null;
    }
}
