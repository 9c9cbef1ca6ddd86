package org.placeworks.caf;

/**
 * The receiving service's answer: accept, or decline with a reason. {@code accept} null means no answer
 * was chosen; {@code version} is the transfer's as the worker saw it.
 */
public record TransferDecision(Boolean accept, String reason, Long version) {
}
