package org.placeworks.audit;

import java.time.Instant;

/**
 * What a check of the audit trail's hash chain found: how much of the trail is sealed and its head, the first broken
 * link if any, and how many entries wait for the sealer (written since its last run).
 *
 * @param brokenAt the chain position of the first broken link (0 when the chain holds)
 * @param entrySeq the entry at that link, or the entry found outside the chain
 */
public record ChainReport(Instant checkedAt, long sealedEntries, long headPosition, String headHash, boolean intact,
        long brokenAt, long entrySeq, String problem, long awaitingSeal) {
}
