package org.placeworks.retention;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How long each kind of record is kept, and why: the council's retention schedule, which its data protection officer
 * owns, so configuration and never constants in code. Each basis is shown to the officer beside the records due and
 * copied onto every disposal certificate.
 */
@ConfigMapping(prefix = "placeworks.retention")
public interface RetentionSettings {

    /** When the nightly review runs ("off" to stop it, as in tests). */
    @WithDefault("0 40 3 * * ?")
    String reviewCron();

    EarlyHelp earlyHelp();

    Intelligence intelligence();

    SubjectAccess subjectAccess();

    Audit audit();

    /** A family, its people and every case, note, document, panel item and grant about them. */
    interface EarlyHelp {

        /** Kept until the youngest child reaches this age, and never while a case is open. */
        @WithDefault("25")
        int youngestChildAge();

        /** A family with no child recorded: kept this many years after its last case closed (or it was recorded). */
        @WithDefault("6")
        int yearsWithoutChildren();

        @WithDefault("Early help records are kept until the youngest child in the family is 25, and at least until the"
                + " family's last case has closed, so that a young person can see what was done with them and the council"
                + " can answer for it (Local Government Association retention guidance for early help and children's"
                + " services). A family with no child recorded is kept 6 years after its last case closed.")
        String basis();
    }

    /** Community intelligence reports, with their reporter details, triage, dissemination and links. */
    interface Intelligence {

        /** Kept this many years after the report was closed. */
        @WithDefault("6")
        int yearsAfterClosure();

        @WithDefault("Intelligence reports are kept 6 years after they were closed, the council's policy for"
                + " anti-social behaviour case records (limitation period for civil claims), then disposed of with"
                + " their reporter's details.")
        String basis();
    }

    /** Subject access requests and the export compiled for them. */
    interface SubjectAccess {

        /** Kept this many years after the export was released. */
        @WithDefault("2")
        int yearsAfterRelease();

        @WithDefault("Subject access requests are kept 2 years after the copy was released, long enough to answer a"
                + " complaint to the Information Commissioner about how the request was handled.")
        String basis();
    }

    /** The audit trail of who read and changed personal data. */
    interface Audit {

        @WithDefault("7")
        int years();

        @WithDefault("Audit entries are kept 7 years, so that any access to a record can be answered for long after"
                + " the record itself. They hold record ids, not record content, and are append-only: the app cannot"
                + " remove them. Removing entries older than 7 years is a step for the database owner (docs/data-protection.md).")
        String basis();
    }
}
