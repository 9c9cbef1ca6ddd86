package org.placeworks.insight;

/**
 * How a manager's sustainment checks stand: due in the next 30 days, overdue, recorded, and recorded with every
 * outcome held. Raw counts of families: pages show them only through {@code Figure}/{@code Suppression}.
 */
public record SustainmentCounts(long due, long overdue, long recorded, long held) {
}
