package org.placeworks.caf;

/** Which cases a list shows: a worker's own or every case the reader may see, optionally in one state. */
public record CaseFilter(boolean mineOnly, CaseStatus status) {
}
