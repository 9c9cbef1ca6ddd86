package org.placeworks.shared;

/** A refusal the user can understand and act on; never a bug. */
public abstract class DomainException extends RuntimeException {
    protected DomainException(String message) {
        super(message);
    }

    /** The HTTP status this refusal is shown with. */
    public abstract int status();
}
