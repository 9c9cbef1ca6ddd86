package org.placeworks.document.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.placeworks.document.DocumentKind;
import org.placeworks.document.DocumentView;

/** A document on a case or a family: its details. Its bytes are in the store {@link #storedIn()} names. Never changed once saved. */
@Entity
@Table(name = "document")
public class Document {

    @Id
    private UUID id;

    @Column(name = "case_id")
    private UUID caseId;

    @Column(name = "family_id")
    private UUID familyId;

    private String title;

    @Enumerated(EnumType.STRING)
    private DocumentKind kind;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "content_type")
    private String contentType;

    @Column(name = "size_bytes")
    private long size;

    private String sha256;

    @Enumerated(EnumType.STRING)
    @Column(name = "stored_in")
    private StoredIn storedIn;

    @Column(name = "uploaded_by_staff_id")
    private UUID uploadedByStaffId;

    @Column(name = "uploaded_by")
    private String uploadedBy;

    @Column(name = "uploaded_at")
    private Instant uploadedAt;

    protected Document() {
    }

    /** The file as checked: its type found from its content, its size and digest. */
    public record Checked(FileType type, long size, String sha256) {
    }

    public Document(UUID caseId, UUID familyId, String title, DocumentKind kind, String fileName, Checked file,
            StoredIn storedIn, UUID uploadedByStaffId, String uploadedBy, Instant uploadedAt) {
        if ((caseId == null) == (familyId == null)) {
            throw new IllegalArgumentException("A document belongs to a case or to a family");
        }
        this.id = UUID.randomUUID();
        this.caseId = caseId;
        this.familyId = familyId;
        this.title = title;
        this.kind = kind;
        this.fileName = fileName;
        this.contentType = file.type().contentType();
        this.storedIn = storedIn;
        this.size = file.size();
        this.sha256 = file.sha256();
        this.uploadedByStaffId = uploadedByStaffId;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public UUID id() {
        return id;
    }

    public UUID caseId() {
        return caseId;
    }

    public UUID familyId() {
        return familyId;
    }

    public String title() {
        return title;
    }

    public StoredIn storedIn() {
        return storedIn;
    }

    public FileType type() {
        return FileType.forContentType(contentType);
    }

    public DocumentView view() {
        return new DocumentView(id, caseId, familyId, title, kind, fileName, type().contentType(), type().label(), size, sha256,
                uploadedBy, uploadedAt);
    }
}
