package org.placeworks.shared;

/** The record does not exist, or the user may not know that it does (404, never 403). */
public class NotFound extends DomainException {

    private final String what;
    private final String id;

    public NotFound(String what, Object id) {
        super("No " + what + " was found with the reference " + id + ".");
        this.what = what;
        this.id = String.valueOf(id);
    }

    @Override
    public int status() {
        return 404;
    }

    @Override
    public String recordKind() {
        return what;
    }

    @Override
    public String recordId() {
        return id;
    }
}
