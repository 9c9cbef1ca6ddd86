package org.placeworks.shared;

/** The user can see the record but their part in it does not let them do this (403). */
public class Forbidden extends DomainException {
    public Forbidden(String message) {
        super(message);
    }

    @Override
    public int status() {
        return 403;
    }
}
