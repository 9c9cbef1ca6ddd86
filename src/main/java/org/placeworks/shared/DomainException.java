package org.placeworks.shared;

/** A refusal the user can understand and act on; never a bug. */
public abstract class DomainException extends RuntimeException {
    protected DomainException(String message) {
        super(message);
    }

    /** The HTTP status this refusal is shown with. */
    public abstract int status();

    /** The kind of record refused ("case", "family"), when the refusal is about one record; otherwise null. */
    public String recordKind() {
        return null;
    }

    /** That record's reference, or null. */
    public String recordId() {
        return null;
    }
}
