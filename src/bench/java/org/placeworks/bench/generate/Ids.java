package org.placeworks.bench.generate;

import java.util.UUID;

/**
 * Ids derived from the seed, the kind of row and its number: the same size and seed give the same ids, and
 * they never collide with the app's own (random, version 4) UUIDs, since these carry version 8.
 */
final class Ids {

    private final long seed;

    Ids(long seed) {
        this.seed = seed;
    }

    UUID of(Kind kind, long number) {
        long msb = ((seed & 0xFFFFFFFFL) << 32) | ((long) kind.ordinal() << 16) | 0x8000L;
        long lsb = 0x8000000000000000L | (number & 0x3FFFFFFFFFFFFFFFL);
        return new UUID(msb, lsb);
    }

    enum Kind {
        AREA, ADDRESS, STAFF, FAMILY, PERSON, RESIDENCE, CASE, CONSENT, NEED, TEAM_MEMBER, ACTION, REVIEW, EVENT, AUDIT,
        PANEL, MEETING, ITEM, PANEL_ACTION, FUND, GRANT, PAYMENT, ISSUE, ISSUE_EVENT, REPORT, STRAND_DELIVERY, PANEL_MEMBER
    }
}
