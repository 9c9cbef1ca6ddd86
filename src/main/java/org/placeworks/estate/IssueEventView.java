package org.placeworks.estate;

import java.time.Instant;

/** One line of an issue's history as staff see it. */
public record IssueEventView(Instant at, String by, String what, String reason, String note, String publicNote) {
}
