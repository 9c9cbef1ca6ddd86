package org.placeworks.panel.internal;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.placeworks.panel.AttendanceStatus;

/**
 * A panel is quorate when the person chairing (the chair or the deputy chair) is present, enough member
 * agencies are present or sent a deputy, and every agency the panel names as required is among them.
 * For one item, those who declared an interest and withdrew from it do not count.
 */
public final class Quorum {

    private Quorum() {
    }

    public static long represented(Collection<AttendanceStatus> attendance) {
        return attendance.stream().filter(a -> a != null && a.represented()).count();
    }

    public static boolean met(boolean chairPresent, Collection<AttendanceStatus> attendance, int agenciesRequired) {
        return chairPresent && represented(attendance) >= agenciesRequired;
    }

    /** The panel's quorum: how many agencies, and the named agencies that must be among them. */
    public record Rule(int agencies, Set<UUID> named) {

        public Rule {
            named = Set.copyOf(named);
        }

        /**
         * The quorum as it stands: {@code withdrawn} are the agencies whose attendee withdrew (for an item),
         * {@code chairWithdrew} whether the person chairing did.
         */
        public Check check(boolean chairingPresent, Map<UUID, AttendanceStatus> attendance, Set<UUID> withdrawn,
                boolean chairWithdrew) {
            Set<UUID> present = new LinkedHashSet<>();
            attendance.forEach((agency, status) -> {
                if (status != null && status.represented() && !withdrawn.contains(agency)) {
                    present.add(agency);
                }
            });
            Set<UUID> missing = new LinkedHashSet<>(named);
            missing.removeAll(present);
            return new Check(chairingPresent && !chairWithdrew, present.size(), agencies, missing);
        }
    }

    /** Whether the quorum is met, and if not, what is short. */
    public record Check(boolean chairing, long represented, int required, Set<UUID> namedMissing) {

        public boolean met() {
            return chairing && represented >= required && namedMissing.isEmpty();
        }

        /** What is short, in words, with the agencies named. */
        public String shortfall(Map<UUID, String> agencyNames) {
            StringBuilder why = new StringBuilder("it needs the person chairing and at least " + required
                    + " agencies present (" + represented + " are)");
            if (!chairing) {
                why.append("; the person chairing is not counted");
            }
            if (!namedMissing.isEmpty()) {
                why.append("; it needs ").append(String.join(", ", namedMissing.stream()
                        .map(a -> agencyNames.getOrDefault(a, "a required agency")).sorted().toList())).append(" present");
            }
            return why.toString();
        }
    }
}
