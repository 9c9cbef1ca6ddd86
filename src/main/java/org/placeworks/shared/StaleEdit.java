package org.placeworks.shared;

/** Someone else changed the record since the user opened it: refused, never silently overwritten. */
public class StaleEdit extends Conflict {
    public StaleEdit(String what) {
        super("This " + what + " was changed by someone else while you were editing. Check the latest details and try again.");
    }

    /** Compares the version the user edited with the record's current one. */
    public static void check(String what, Long edited, Long current) {
        if (edited == null || !edited.equals(current)) {
            throw new StaleEdit(what);
        }
    }
}
