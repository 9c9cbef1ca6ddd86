package org.placeworks.panel.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What a closed meeting hands on to the next: items deferred or not reached become items of the
 * next meeting (after those already listed), and open actions are reviewed there.
 */
public final class CarryForward {

    private CarryForward() {
    }

    public static List<AgendaItem> items(List<AgendaItem> closedMeetingItems, UUID nextMeetingId, int firstPosition,
            Instant at) {
        List<AgendaItem> carried = new ArrayList<>();
        int position = firstPosition;
        for (AgendaItem item : closedMeetingItems) {
            if (item.carriesForward()) {
                carried.add(item.carryTo(nextMeetingId, position++, at));
            }
        }
        return carried;
    }

    public static void actions(List<PanelAction> open, UUID nextMeetingId) {
        open.stream().filter(a -> a.doneOn() == null).forEach(a -> a.reviewAt(nextMeetingId));
    }
}
