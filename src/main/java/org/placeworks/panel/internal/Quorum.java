package org.placeworks.panel.internal;

import java.util.Collection;
import org.placeworks.panel.AttendanceStatus;

/** A panel is quorate when the chair is present and enough member agencies are present or sent a deputy. */
public final class Quorum {

    private Quorum() {
    }

    public static long represented(Collection<AttendanceStatus> attendance) {
        return attendance.stream().filter(a -> a != null && a.represented()).count();
    }

    public static boolean met(boolean chairPresent, Collection<AttendanceStatus> attendance, int agenciesRequired) {
        return chairPresent && represented(attendance) >= agenciesRequired;
    }
}
