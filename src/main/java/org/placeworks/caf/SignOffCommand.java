package org.placeworks.caf;

/** A manager's answer to a request for sign-off: signed off, or sent back; the oversight note says why. */
public record SignOffCommand(SignOffState decision, String note, Long version) {
}
