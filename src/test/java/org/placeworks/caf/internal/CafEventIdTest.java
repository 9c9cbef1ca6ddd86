package org.placeworks.caf.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A case's events are only ever appended: their ids are in time order, as the audit trail's are. */
class CafEventIdTest {

    @Test
    void anEventsIdCarriesItsTimeFirst() {
        Instant at = Instant.parse("2026-12-06T18:30:00.250Z");
        CafEvent event = new CafEvent(UUID.randomUUID(), UUID.randomUUID(), at, "frontline", "Case opened");
        assertThat(event.id.version()).isEqualTo(7);
        assertThat(event.id.getMostSignificantBits() >>> 16).isEqualTo(at.toEpochMilli());
    }
}
