package org.placeworks.estate;

import java.time.Instant;
import java.util.UUID;

/** One public change of an issue: a status change or a note written for the public. */
public record PublicIssueUpdate(UUID updateId, UUID issueId, IssueStatus status, String publicNote, Instant at) {
}
