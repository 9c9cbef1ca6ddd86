package org.placeworks.shared;

/** The user can see the record but their part in it does not let them do this (403). */
public class Forbidden extends DomainException {

    private final String recordKind;
    private final String recordId;

    public Forbidden(String message) {
        this(message, null, null);
    }

    /** Refused this record (audited as a refused access: see {@link RecordRefused}). */
    public Forbidden(String message, String recordKind, Object recordId) {
        super(message);
        this.recordKind = recordKind;
        this.recordId = recordId == null ? null : String.valueOf(recordId);
    }

    @Override
    public int status() {
        return 403;
    }

    @Override
    public String recordKind() {
        return recordKind;
    }

    @Override
    public String recordId() {
        return recordId;
    }
}
