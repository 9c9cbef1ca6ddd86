package org.placeworks.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;
import org.placeworks.shared.Reading;

/**
 * A reading (a read-only transaction: the case page, the JSON case read) writes its audit rows together, as one
 * statement, in its own transaction: at its end, or before it commits if it ends without that step; none when it rolls
 * back; and before the trail is read in it, so that the reading's own trail shows them.
 */
@QuarkusTest
class ReadingEntriesTest {

    private static final String KIND = "reading-test";

    @Inject
    AuditTrail audit;

    @Inject
    Reading reading;

    @Inject
    SessionFactory sessionFactory;

    @Inject
    EntityManager em;

    private long statements() {
        return sessionFactory.getStatistics().getPrepareStatementCount();
    }

    private List<AuditEntryView> trail(String recordId) {
        return audit.history(KIND, recordId, 10);
    }

    @Test
    @TestSecurity(user = "frontline", roles = "frontline")
    void aReadingWritesItsRowsAsOneStatement() {
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        long[] before = new long[1];
        QuarkusTransaction.requiringNew().run(() -> {
            reading.begin();
            before[0] = statements();
            audit.record(AuditAction.VIEW, KIND, first, "Viewed the first record");
            audit.record(AuditAction.VIEW, KIND, second, "Viewed the second record");
            reading.end();
        });
        assertThat(statements() - before[0]).as("statements for two rows, commit included").isEqualTo(1);
        assertThat(trail(first)).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("frontline");
            assertThat(e.summary()).isEqualTo("Viewed the first record");
        });
        assertThat(trail(second)).hasSize(1);
    }

    @Test
    @TestSecurity(user = "frontline", roles = "frontline")
    void aReadingThatRollsBackLeavesNoRow() {
        String record = UUID.randomUUID().toString();
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            reading.begin();
            audit.record(AuditAction.VIEW, KIND, record, "Viewed, then the page failed");
            throw new IllegalStateException("the page failed");
        })).hasMessageContaining("the page failed");
        assertThat(trail(record)).isEmpty();
    }

    @Test
    @TestSecurity(user = "frontline", roles = "frontline")
    void theTrailReadInTheReadingShowsItsOwnRows() {
        String record = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> {
            reading.begin();
            audit.record(AuditAction.VIEW, KIND, record, "Viewed and then looked at the trail");
            assertThat(trail(record)).hasSize(1);
        });
        assertThat(trail(record)).hasSize(1);
    }

    @Test
    @TestSecurity(user = "frontline", roles = "frontline")
    void aReadingThatEndsWithoutItsLastStepStillWritesItsRowsBeforeItCommits() {
        String record = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> {
            reading.begin();
            audit.record(AuditAction.VIEW, KIND, record, "Viewed by a reading that did not call end()");
        });
        assertThat(trail(record)).hasSize(1);
    }

    /** The trail's ids are in time order (version 7, the row's millisecond first), so each insert appends to the key's index. */
    @Test
    @TestSecurity(user = "frontline", roles = "frontline")
    void aRowsIdCarriesItsTimeFirst() {
        String record = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> audit.record(AuditAction.VIEW, KIND, record, "Viewed"));
        Object[] row = (Object[]) QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select id, at from audit_entry where record_kind = :kind and record_id = :record")
                .setParameter("kind", KIND).setParameter("record", record).getSingleResult());
        UUID id = (UUID) row[0];
        Instant at = (Instant) row[1];
        assertThat(id.version()).isEqualTo(7);
        assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(at.toEpochMilli());
    }
}
