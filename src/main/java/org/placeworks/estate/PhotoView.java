package org.placeworks.estate;

import java.time.Instant;
import java.util.UUID;

/** A photo of an issue, without its bytes. */
public record PhotoView(UUID id, String fileName, String contentType, int sizeBytes, Instant uploadedAt, String uploadedBy) {
}
