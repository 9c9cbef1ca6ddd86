package org.placeworks.caf.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.placeworks.caf.ContactType;
import org.placeworks.shared.Conflict;
import org.placeworks.shared.Forbidden;

/**
 * A contact with the family or a note on the case. Its author may correct it for
 * {@link #EDIT_WINDOW} after writing it; after that it is only added to, by dated and signed
 * addenda, and the note as written is kept.
 */
@Entity
@Table(name = "caf_case_note")
public class CaseNote {

    /** How long after writing a note its author may still correct it. */
    public static final Duration EDIT_WINDOW = Duration.ofHours(24);

    @Id
    UUID id;

    @Column(name = "case_id")
    UUID caseId;

    @Column(name = "happened_at")
    Instant happenedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "contact_type")
    ContactType type;

    @ElementCollection(fetch = FetchType.EAGER)
    @org.hibernate.annotations.Fetch(org.hibernate.annotations.FetchMode.SUBSELECT)
    @CollectionTable(name = "caf_case_note_seen", joinColumns = @JoinColumn(name = "note_id"))
    @Column(name = "person_id")
    Set<UUID> seen = new LinkedHashSet<>();

    @Column(name = "child_seen_alone")
    boolean childSeenAlone;

    @Column(name = "note")
    String text;

    @Column(name = "follow_up")
    String followUp;

    @Column(name = "follow_up_on")
    LocalDate followUpOn;

    @Column(name = "author_staff_id")
    UUID authorStaffId;

    @Column(name = "author_name")
    String authorName;

    @Column(name = "written_at")
    Instant writtenAt;

    @Column(name = "edited_at")
    Instant editedAt;

    @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @org.hibernate.annotations.Fetch(org.hibernate.annotations.FetchMode.SUBSELECT)
    @JoinColumn(name = "note_id", nullable = false)
    @OrderBy("position")
    // A set, not a list: the notes are read with who was seen and the addenda in one statement, and a list
    // (a bag) fetched beside another collection would hold each addendum once per person seen.
    Set<CaseNoteAddendum> addenda = new LinkedHashSet<>();

    @Version
    long version;

    protected CaseNote() {
    }

    /** What a note says: everything but who wrote it and when. */
    public record Content(Instant happenedAt, ContactType type, Set<UUID> seen, boolean childSeenAlone, String text,
            String followUp, LocalDate followUpOn) {
    }

    public CaseNote(UUID caseId, Content content, UUID authorStaffId, String authorName, Instant writtenAt) {
        this.id = UUID.randomUUID();
        this.caseId = caseId;
        this.authorStaffId = authorStaffId;
        this.authorName = authorName;
        this.writtenAt = writtenAt;
        apply(content);
    }

    /** Whether {@code staffId} may still correct the note at {@code now}: its author, within the window. */
    public boolean editableBy(UUID staffId, Instant now) {
        return authorStaffId.equals(staffId) && withinWindow(now);
    }

    private boolean withinWindow(Instant now) {
        return now.isBefore(writtenAt.plus(EDIT_WINDOW));
    }

    /** Refuses anyone but the author (403). */
    public void checkAuthor(UUID staffId) {
        if (!authorStaffId.equals(staffId)) {
            throw new Forbidden("Only " + authorName + ", who wrote this note, can change it. You can add an addendum.");
        }
    }

    /** Refuses anyone but the author (403), and the author once the window has passed (409: add an addendum). */
    public void checkEditable(UUID staffId, Instant now) {
        checkAuthor(staffId);
        if (!withinWindow(now)) {
            throw new Conflict("A note can be changed for 24 hours after it was written. Add an addendum instead: the note stays as written.");
        }
    }

    /** The author corrects the note; after the window it can only be added to (409). */
    public void edit(Content content, UUID staffId, Instant now) {
        checkEditable(staffId, now);
        apply(content);
        editedAt = now;
    }

    /**
     * Adds to the note, dated and signed; the note as written is kept. The addenda are the note's own
     * collection, so adding one moves the note's version: a form opened before it is stale.
     */
    public void addAddendum(String text, UUID staffId, String name, Instant now) {
        addenda.add(new CaseNoteAddendum(addenda.size() + 1, text, staffId, name, now));
    }

    /** A duplicate record of someone seen was merged into the record kept: the note names the one kept. */
    public boolean replaceSeen(UUID merged, UUID kept) {
        if (!seen.remove(merged)) {
            return false;
        }
        seen.add(kept);
        return true;
    }

    private void apply(Content content) {
        happenedAt = content.happenedAt();
        type = content.type();
        seen = new LinkedHashSet<>(content.seen());
        childSeenAlone = content.childSeenAlone();
        text = content.text();
        followUp = content.followUp();
        followUpOn = content.followUpOn();
    }

    public UUID id() {
        return id;
    }

    public UUID caseId() {
        return caseId;
    }

    public Instant happenedAt() {
        return happenedAt;
    }

    public ContactType type() {
        return type;
    }

    public Set<UUID> seen() {
        return Collections.unmodifiableSet(seen);
    }

    public boolean childSeenAlone() {
        return childSeenAlone;
    }

    public String text() {
        return text;
    }

    public String followUp() {
        return followUp;
    }

    public LocalDate followUpOn() {
        return followUpOn;
    }

    public UUID authorStaffId() {
        return authorStaffId;
    }

    public String authorName() {
        return authorName;
    }

    public Instant writtenAt() {
        return writtenAt;
    }

    public Instant editedAt() {
        return editedAt;
    }

    public List<CaseNoteAddendum> addenda() {
        return List.copyOf(addenda);
    }

    public long version() {
        return version;
    }
}
