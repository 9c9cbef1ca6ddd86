package org.placeworks.shared;

/** The record does not exist, or the user may not know that it does (404, never 403). */
public class NotFound extends DomainException {
    public NotFound(String what, Object id) {
        super("No " + what + " was found with the reference " + id + ".");
    }

    @Override
    public int status() {
        return 404;
    }
}
