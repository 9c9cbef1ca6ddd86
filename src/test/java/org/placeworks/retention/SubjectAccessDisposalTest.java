package org.placeworks.retention;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.placeworks.identity.ActingAs;
import org.placeworks.identity.Roles;
import org.placeworks.subjectaccess.SubjectAccessRequests;
import org.placeworks.testsupport.MovableClock;

/**
 * A released subject access request is not due the day before its second anniversary and is due on it; its disposal
 * removes the request, its export, decisions and history, and leaves a certificate.
 */
@QuarkusTest
// On a database of its own: it releases and disposes of the demo's request, which other tests read awaiting review.
@io.quarkus.test.junit.TestProfile(DisposalLeavesOnlyItsCertificateTest.OwnDatabase.class)
class SubjectAccessDisposalTest {

    private static final Set<String> DPO = Set.of(Roles.DPO);

    @Inject
    SubjectAccessRequests requests;

    @Inject
    RetentionReview review;

    @Inject
    Disposals disposals;

    @Inject
    ActingAs actingAs;

    @Inject
    MovableClock clock;

    @Inject
    AgroalDataSource db;

    @AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    @Test
    void aReleasedRequestIsDisposedOfTwoYearsOnAndLeavesACertificate() throws Exception {
        clock.moveToNoonToday();
        UUID id = actingAs.call("dpo", DPO, () -> {
            UUID first = requests.list().stream().filter(r -> r.subjectName().equals("Aisha Begum")).findFirst().orElseThrow().id();
            requests.compile(first);
            requests.release(first, requests.version(first));
            return first;
        });
        java.time.Instant released = clock.instant();

        clock.moveTo(released.atZone(org.placeworks.shared.Today.LONDON).plusYears(2).minusDays(1).toInstant());
        actingAs.run("dpo", DPO, review::reviewNow);
        assertThat(ids()).doesNotContain(id);

        clock.moveTo(released.atZone(org.placeworks.shared.Today.LONDON).plusYears(2).toInstant());
        actingAs.run("dpo", DPO, review::reviewNow);
        assertThat(ids()).contains(id);

        actingAs.run("dpo", DPO, () -> disposals.dispose(RecordType.SUBJECT_ACCESS, id, "Two years after release", true));
        assertThat(count("select count(*) from subject_access_request where id = ?", id)).isZero();
        assertThat(count("select count(*) from subject_access_event where request_id = ?", id)).isZero();
        assertThat(count("select count(*) from subject_access_item_review where request_id = ?", id)).isZero();
        assertThat(actingAs.call("dpo", DPO, disposals::certificates)).anyMatch(c -> c.type() == RecordType.SUBJECT_ACCESS
                && c.reason().equals("Two years after release") && !c.reference().contains(id.toString()));
    }

    private List<UUID> ids() {
        return actingAs.call("dpo", DPO, () -> review.list().records().stream().filter(r -> r.type() == RecordType.SUBJECT_ACCESS)
                .map(DueRecord::id).toList());
    }

    private long count(String sql, UUID id) throws Exception {
        try (Connection c = db.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            q.setObject(1, id);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
