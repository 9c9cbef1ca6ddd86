package org.placeworks.subjectaccess;

/** Where a request stands: logged, compiled and under review, or released to the person. */
public enum RequestStatus {
    RECEIVED("Received"),
    COMPILED("Compiled, awaiting review"),
    RELEASED("Released");

    private final String label;

    RequestStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
