package org.placeworks.shared;

/** The request clashes with the record's current state (an illegal transition, a duplicate). */
public class Conflict extends DomainException {
    public Conflict(String message) {
        super(message);
    }

    @Override
    public int status() {
        return 409;
    }
}
