package org.placeworks.shared;

/**
 * A request was refused a record (404 or 403 from the access rule): fired once, where refusals become responses
 * (shared.web.ErrorPages), so that the audit trail can record the attempt without every feature reporting it.
 *
 * @param change whether the request would have changed something (any method but GET and HEAD)
 */
public record RecordRefused(String recordKind, String recordId, int status, boolean change, String method, String path) {
}
