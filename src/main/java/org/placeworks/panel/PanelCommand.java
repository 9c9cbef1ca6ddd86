package org.placeworks.panel;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.UUID;

/** Setting up or changing a panel. Week 1-4 of the month, or -1 for the last. */
public record PanelCommand(String name, UUID localityId, UUID chairStaffId, Integer cadenceWeek, DayOfWeek cadenceDay,
        LocalTime startTime, String venue, Integer cutOffDays, Integer minutesPerItem, Integer quorumAgencies,
        Long version) {
}
