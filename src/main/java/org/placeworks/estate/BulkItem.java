package org.placeworks.estate;

import java.util.UUID;

/** One issue of a bulk update, with the version the person read it at. */
public record BulkItem(UUID issueId, Long version) {
}
