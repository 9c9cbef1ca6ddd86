package org.placeworks.caf;

import java.time.LocalDate;
import java.util.UUID;

/** A call to a referrer the reader must make, on "My cases" until marked done. */
public record ReferrerCallTask(UUID caseId, String reference, String about, LocalDate since) {
}
