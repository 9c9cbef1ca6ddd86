package org.placeworks.caf;

import java.time.LocalDate;

/** A step up to children's social care: when, why, and the reference the MASH gave. */
public record StepUpCommand(LocalDate steppedUpOn, String reason, String mashReference, Long version) {
}
