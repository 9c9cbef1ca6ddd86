package org.placeworks.shared;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.UUID;

/**
 * Ids for rows that are only ever appended (the audit trail, a case's events): RFC 9562 version 7, the row's time in
 * milliseconds first and 74 random bits after. A random id lands anywhere in its primary key's index, so every insert
 * dirties a page of its own and, after each checkpoint, writes that whole page to the WAL again; ids in time order
 * land at the index's end, beside each other. Unique across instances by the random bits within each millisecond; the
 * time an id shows is its row's own, which the row holds anyway.
 */
public final class TimeOrderedIds {

    private static final SecureRandom RANDOM = new SecureRandom();

    private TimeOrderedIds() {
    }

    /** An id for a row made at {@code at}. */
    public static UUID at(Instant at) {
        byte[] random = new byte[10];
        RANDOM.nextBytes(random);
        long millis = at.toEpochMilli();
        // 48 bits of time, the version (7), then 12 random bits.
        long high = (millis & 0xFFFF_FFFF_FFFFL) << 16 | 0x7000L | ((random[0] & 0x0FL) << 8) | (random[1] & 0xFFL);
        // The variant (binary 10), then 62 random bits.
        long low = 0x8000_0000_0000_0000L | ((random[2] & 0x3FL) << 56);
        for (int i = 3; i < 10; i++) {
            low |= (random[i] & 0xFFL) << (8 * (9 - i));
        }
        return new UUID(high, low);
    }
}
