package org.placeworks.document;

/** What a document is, as the worker files it. */
public enum DocumentKind {
    CONSENT_FORM("Signed consent form"),
    ASSESSMENT("Early help assessment from another agency"),
    REPORT("Report"),
    LETTER("Letter"),
    OTHER("Other document");

    private final String label;

    DocumentKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
