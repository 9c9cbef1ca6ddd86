package org.placeworks.audit;

import java.time.Instant;

/**
 * What a check of the audit trail's hash chain found: how much of the trail is sealed and its head, the first broken
 * link if any, and how many entries wait for the sealer (written since its last run). Once entries past their
 * retention rule have been removed (deploy/audit/remove-expired), the chain starts after the last removed link, its
 * anchor.
 *
 * @param brokenAt the chain position of the first broken link (0 when the chain holds)
 * @param entrySeq the entry at that link, or the entry found outside the chain
 * @param anchorPosition the position of the last link removed with its entry (0 when the chain starts at its beginning)
 * @param removedBefore the cut-off of the latest removal: entries before it are no longer held (null when none was)
 */
public record ChainReport(Instant checkedAt, long sealedEntries, long headPosition, String headHash, boolean intact,
        long brokenAt, long entrySeq, String problem, long awaitingSeal, long anchorPosition, Instant removedBefore) {
}
