package org.placeworks.panel;

import java.time.Month;
import java.util.Set;

/** The months a panel does not meet ("AUGUST"), against the panel's version. */
public record MonthsCommand(Set<Month> months, Long version) {
}
