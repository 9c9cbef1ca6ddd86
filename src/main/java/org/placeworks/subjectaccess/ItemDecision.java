package org.placeworks.subjectaccess;

/**
 * The officer's decision on one item of a compiled export; an item with none is released as compiled (redacted where
 * it names others). Each needs a reason: why a redaction may be lifted (the third party consented, or it is
 * reasonable to disclose without consent, DPA 2018 Sch. 2 para. 16), or which exemption withholds it.
 */
public enum ItemDecision {
    RELEASE_UNREDACTED("Release without redaction"),
    WITHHOLD("Withhold under an exemption");

    private final String label;

    ItemDecision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
