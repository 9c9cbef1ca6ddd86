package org.placeworks.grant;

/** Closing a fund at year end, against the fund's version; the note is optional. */
public record YearEndCommand(String note, Long version) {
}
