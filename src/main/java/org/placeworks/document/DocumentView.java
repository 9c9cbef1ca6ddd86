package org.placeworks.document;

import java.time.Instant;
import java.util.UUID;

/**
 * A document's details (never its bytes). Exactly one of {@code caseId} and {@code familyId} is set.
 *
 * @param fileName the name it downloads under: made safe, with the extension of the type found in its content
 * @param contentType the type found in its content, which is the type it is served with
 */
public record DocumentView(UUID id, UUID caseId, UUID familyId, String title, DocumentKind kind, String fileName,
        String contentType, String typeName, long size, String sha256, String uploadedBy, Instant uploadedAt) {

    /** The size as people read it: 120 KB, 3.4 MB. */
    public String sizeText() {
        if (size < 1024 * 1024) {
            return Math.max(1, Math.round(size / 1024.0)) + " KB";
        }
        return String.format(java.util.Locale.UK, "%.1f MB", size / (1024.0 * 1024.0));
    }
}
