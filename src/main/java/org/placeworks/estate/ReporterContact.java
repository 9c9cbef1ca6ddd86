package org.placeworks.estate;

/** Who reported an issue, if they said: every part optional. Never shown to the public. */
public record ReporterContact(String name, String email, String phone) {

    public static final ReporterContact NONE = new ReporterContact(null, null, null);
}
