package org.placeworks.estate;

import org.placeworks.shared.Conflict;

/** A status change the current status does not allow (409); nothing changes. */
public class IllegalTransition extends Conflict {
    public IllegalTransition(String message) {
        super(message);
    }
}
