package org.placeworks.shared.web;

/**
 * A repeated request was answered with the answer its first sending got (which may hold personal data), rather
 * than by doing the work again: the audit trail records it as a read by {@code staff}.
 */
public record AnswerReplayed(String staff, String method, String path, int status) {
}
