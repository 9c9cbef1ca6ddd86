package org.placeworks.grant;

/** Cancelling an approved award before it is paid, with the reason, against the request's version. */
public record CancelCommand(String reason, Long version) {
}
