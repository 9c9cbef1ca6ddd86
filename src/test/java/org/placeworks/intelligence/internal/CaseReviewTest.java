package org.placeworks.intelligence.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.placeworks.intelligence.CaseReviewApplicant;
import org.placeworks.intelligence.CaseReviewStatus;
import org.placeworks.shared.Conflict;
import org.placeworks.shared.InvalidInput;

/** An application's steps: each only after the ones before it, on a date between receipt and today. */
class CaseReviewTest {

    private static final LocalDate RECEIVED = LocalDate.of(2026, 3, 2);
    private static final LocalDate TODAY = LocalDate.of(2026, 4, 30);

    private static CaseReview application() {
        return new CaseReview("ACR-2026-9001", "area:x", new TriggerPlace("area:x", "Testfield", "Testfield", null, null, false),
                RECEIVED, CaseReviewApplicant.ON_BEHALF, "Cllr Ottoline Brackenbury", UUID.randomUUID(),
                Set.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID()), "intel", Instant.EPOCH);
    }

    @Test
    void aReviewGoesFromReceiptToClosureWithItsRecommendations() {
        CaseReview r = application();
        r.acknowledge(LocalDate.of(2026, 3, 9), TODAY);
        r.decide(true, "Three qualifying complaints in six months", LocalDate.of(2026, 3, 16), TODAY);
        assertThat(r.status()).isEqualTo(CaseReviewStatus.REVIEW_TO_MEET);
        r.holdMeeting(LocalDate.of(2026, 3, 27), "1. Mediation. 2. Lighting on the path.", 2, TODAY);
        r.close(LocalDate.of(2026, 4, 10), TODAY);

        assertThat(r.status()).isEqualTo(CaseReviewStatus.CLOSED);
        assertThat(r.recommendationCount()).isEqualTo(2);
        assertThat(r.complaintsCounted()).isEqualTo(3);
    }

    @Test
    void stepsOutOfOrderAreRefused() {
        CaseReview r = application();
        assertThatThrownBy(() -> r.holdMeeting(RECEIVED, null, 0, TODAY)).isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> r.close(RECEIVED, TODAY)).isInstanceOf(Conflict.class);
        r.decide(false, "Two complaints were made more than a month after the incident", RECEIVED.plusDays(3), TODAY);
        assertThat(r.acknowledgedOn()).as("a decision acknowledges").isEqualTo(RECEIVED.plusDays(3));
        assertThatThrownBy(() -> r.acknowledge(RECEIVED, TODAY)).isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> r.holdMeeting(RECEIVED.plusDays(5), null, 0, TODAY)).isInstanceOf(Conflict.class);
        r.close(RECEIVED.plusDays(5), TODAY);
        assertThatThrownBy(() -> r.close(RECEIVED.plusDays(6), TODAY)).isInstanceOf(Conflict.class);
    }

    @Test
    void datesBeforeReceiptOrInTheFutureAreRefusedOnTheirField() {
        CaseReview r = application();
        assertThatThrownBy(() -> r.acknowledge(RECEIVED.minusDays(1), TODAY)).isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).errors()).containsKey("acknowledgedOn"));
        assertThatThrownBy(() -> r.acknowledge(TODAY.plusDays(1), TODAY)).isInstanceOf(InvalidInput.class);
        r.decide(true, "Met", RECEIVED.plusDays(1), TODAY);
        assertThatThrownBy(() -> r.holdMeeting(RECEIVED.plusDays(2), null, 1, TODAY)).isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).errors()).containsKey("recommendations"));
        assertThat(r.status()).as("nothing half-saved").isEqualTo(CaseReviewStatus.REVIEW_TO_MEET);
    }
}
