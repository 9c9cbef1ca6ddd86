package org.placeworks.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Ids in time order: RFC 9562 version 7, the time in their first 48 bits, unique. */
class TimeOrderedIdsTest {

    @Test
    void anIdIsVersion7WithItsTimeInItsFirst48Bits() {
        Instant at = Instant.parse("2026-12-06T18:30:00.123Z");
        UUID id = TimeOrderedIds.at(at);
        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(at.toEpochMilli());
        assertThat(id.toString().replace("-", "")).startsWith(String.format("%012x", at.toEpochMilli()));
    }

    /** PostgreSQL orders uuids byte by byte, unsigned, as their text sorts: a later millisecond sorts after. */
    @Test
    void idsOfLaterTimesSortAfterAsPostgresqlComparesThem() {
        Instant start = Instant.parse("2026-12-06T18:30:00Z");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            ids.add(TimeOrderedIds.at(start.plusMillis(i)).toString());
        }
        assertThat(ids).isSorted();
    }

    @Test
    void idsOfOneMillisecondDifferByTheirRandomBits() {
        Instant at = Instant.parse("2026-12-06T18:30:00Z");
        var ids = new HashSet<UUID>();
        for (int i = 0; i < 10_000; i++) {
            ids.add(TimeOrderedIds.at(at));
        }
        assertThat(ids).hasSize(10_000);
    }
}
