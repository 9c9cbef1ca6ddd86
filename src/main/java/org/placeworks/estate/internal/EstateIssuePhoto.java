package org.placeworks.estate.internal;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A photo of an issue; its bytes are read only when the photo itself is asked for. */
@Entity
@Table(name = "estate_issue_photo")
public class EstateIssuePhoto {

    @Id
    UUID id;

    @Column(name = "issue_id")
    UUID issueId;

    @Column(name = "file_name")
    String fileName;

    @Column(name = "content_type")
    String contentType;

    @Column(name = "size_bytes")
    int sizeBytes;

    @Basic(fetch = FetchType.LAZY)
    byte[] content;

    @Column(name = "uploaded_at")
    Instant uploadedAt;

    @Column(name = "uploaded_by")
    String uploadedBy;

    protected EstateIssuePhoto() {
    }

    public EstateIssuePhoto(UUID issueId, String fileName, String contentType, byte[] content, Instant at, String by) {
        this.id = UUID.randomUUID();
        this.issueId = issueId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = content.length;
        this.content = content;
        this.uploadedAt = at;
        this.uploadedBy = by;
    }

    public UUID id() {
        return id;
    }

    public UUID issueId() {
        return issueId;
    }

    public String fileName() {
        return fileName;
    }

    public String contentType() {
        return contentType;
    }

    public int sizeBytes() {
        return sizeBytes;
    }

    public byte[] content() {
        return content;
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }

    public String uploadedBy() {
        return uploadedBy;
    }
}
