package org.placeworks.intelligence;

/**
 * Who reported, when they chose to say: any of the three may be blank. Held apart from the report,
 * encrypted, and shown only to intelligence officers; never part of a {@link ReportView}.
 */
public record ReporterDetails(String name, String email, String phone, PreferredContact preferredContact) {

    public ReporterDetails(String name, String email, String phone) {
        this(name, email, phone, PreferredContact.NONE);
    }

    public ReporterDetails {
        preferredContact = preferredContact == null ? PreferredContact.NONE : preferredContact;
    }

    /** Whether any contact detail was given. */
    public boolean any() {
        return present(name) || present(email) || present(phone);
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
