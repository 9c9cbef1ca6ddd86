package org.placeworks.family;

import java.time.Instant;

/** One thing that happened to a family or its case, for the timeline (shown newest first). */
public record TimelineEntry(Instant at, String by, String what, String link) {
}
