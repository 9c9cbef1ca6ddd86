package org.placeworks.estate;

/**
 * A status change staff make: {@code closeReason} (and {@code reason} when it is "other") to close
 * without fixing, {@code reason} to reopen; {@code note} is for staff, {@code publicNote} is shown to
 * the public and sent to the reporter. {@code version} is the issue's as the person read it.
 */
public record IssueChange(IssueTransition transition, CloseReason closeReason, String reason, String note, String publicNote,
        Long version) {
}
