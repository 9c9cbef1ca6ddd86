package org.placeworks.panel;

import java.util.List;

/** The minutes of a closed meeting: every item, or one agency's copy (only the items it was involved in). */
public record MinutesView(MeetingView meeting, List<AgendaItemView> items, String agencyName) {

    public boolean agencyCopy() {
        return agencyName != null;
    }
}
