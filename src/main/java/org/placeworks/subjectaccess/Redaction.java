package org.placeworks.subjectaccess;

/** The words that stand in for what is held back. */
public final class Redaction {

    /** Replaces another person's name, date of birth or details. */
    public static final String THIRD_PARTY = "[third party]";

    /** Stands where the reporter of a confidential report would be: they are never named to the subject. */
    public static final String REPORTER = "Not disclosed: the reporter is kept confidential";

    private Redaction() {
    }
}
