package org.placeworks.caf.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Text added to a case note after it was written, dated and signed; the note itself stays as it was. */
@Entity
@Table(name = "caf_case_note_addendum")
public class CaseNoteAddendum {

    @Id
    UUID id;

    int position;

    @Column(name = "note")
    String text;

    @Column(name = "author_staff_id")
    UUID authorStaffId;

    @Column(name = "author_name")
    String authorName;

    @Column(name = "written_at")
    Instant writtenAt;

    protected CaseNoteAddendum() {
    }

    CaseNoteAddendum(int position, String text, UUID authorStaffId, String authorName, Instant writtenAt) {
        this.id = UUID.randomUUID();
        this.position = position;
        this.text = text;
        this.authorStaffId = authorStaffId;
        this.authorName = authorName;
        this.writtenAt = writtenAt;
    }

    public String text() {
        return text;
    }

    public String authorName() {
        return authorName;
    }

    public Instant writtenAt() {
        return writtenAt;
    }
}
