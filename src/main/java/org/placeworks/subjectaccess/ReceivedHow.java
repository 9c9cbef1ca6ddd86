package org.placeworks.subjectaccess;

/** How the request reached the council: a request need not be in writing nor use any form. */
public enum ReceivedHow {
    LETTER("By letter"),
    EMAIL("By email"),
    ONLINE_FORM("Through the council's online form"),
    PHONE("By phone"),
    IN_PERSON("In person"),
    SOCIAL_MEDIA("Through social media");

    private final String label;

    ReceivedHow(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
