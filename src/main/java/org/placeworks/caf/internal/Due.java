package org.placeworks.caf.internal;

import java.time.LocalDate;

/** The next thing due on a case; no date when it waits on the family. */
public record Due(String what, LocalDate on) {
}
