package org.placeworks.geography;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Codes and UPRNs no other test uses: the database is shared by every test class in a run, so each
 * test makes its own places rather than changing the demo ones.
 */
public final class PlaceFixtures {

    private static final AtomicLong NEXT = new AtomicLong(10_000_000L + (System.nanoTime() & 0x3FFFFFL) * 16);

    private PlaceFixtures() {
    }

    /** A fresh ONS-style code, like E01234567 for prefix 'E'. */
    public static String code(char letter) {
        return letter + String.format("%08d", NEXT.incrementAndGet() % 100_000_000L);
    }

    /** A fresh 12-digit UPRN, away from the demo's 1000900000xx. */
    public static String uprn() {
        return String.valueOf(300_000_000_000L + NEXT.incrementAndGet());
    }
}
