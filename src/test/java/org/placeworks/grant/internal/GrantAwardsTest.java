package org.placeworks.grant.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.placeworks.grant.DecisionRoute;
import org.placeworks.grant.FinancialYear;
import org.placeworks.grant.GrantCategory;
import org.placeworks.grant.RequestStatus;
import org.placeworks.shared.Conflict;
import org.placeworks.shared.InvalidInput;

/** The budget rules: per award, per family per year, the remaining budget, and payment. */
class GrantAwardsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    /** £100 budget, £40 per award, £60 per family, chair may approve up to £25. */
    private final Fund fund = new Fund(UUID.randomUUID(), UUID.randomUUID(), "Test fund", new FinancialYear(2026), 10_000, 4_000, 6_000, 2_500);

    private GrantRequest request(long pence) {
        return new GrantRequest(fund.id(), UUID.randomUUID(), UUID.randomUUID(), null, UUID.randomUUID(), "Glasses",
                GrantCategory.GLASSES, pence, "Optician", "Universal Credit only", "School has no funds", "frontline",
                Instant.now());
    }

    private void approve(GrantRequest r, long pence, long familySoFar) {
        GrantAwards.approve(fund, r, pence, familySoFar, DecisionRoute.PANEL, UUID.randomUUID(), "Meets the need", "chair", TODAY);
    }

    @Test
    void anApprovalCommitsTheAmount() {
        GrantRequest r = request(4_000);
        approve(r, 4_000, 0);
        assertThat(fund.committedPence()).isEqualTo(4_000);
        assertThat(fund.remainingPence()).isEqualTo(6_000);
        assertThat(r.status()).isEqualTo(RequestStatus.APPROVED);
    }

    @Test
    void aLowerAmountMayBeApproved() {
        GrantRequest r = request(4_000);
        approve(r, 2_500, 0);
        assertThat(r.approvedPence()).isEqualTo(2_500);
        assertThat(fund.committedPence()).isEqualTo(2_500);
    }

    @Test
    void moreThanOneAwardMayBeIsRefused() {
        GrantRequest r = new GrantRequest(fund.id(), UUID.randomUUID(), UUID.randomUUID(), null, UUID.randomUUID(), "Cooker",
                GrantCategory.HOUSEHOLD_GOODS, 9_000, null, "x", "y", "frontline", Instant.now());
        assertThatThrownBy(() -> approve(r, 9_000, 0)).isInstanceOf(InvalidInput.class).hasMessageContaining("£40.00");
        assertThat(fund.committedPence()).isZero();
    }

    @Test
    void aFamilyCannotGoOverItsYearlyLimit() {
        assertThatThrownBy(() -> approve(request(3_000), 3_000, 4_000)).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("£60.00");
        assertThat(fund.committedPence()).isZero();
    }

    @Test
    void theFundIsNeverOverspent() {
        approve(request(4_000), 4_000, 0);
        approve(request(4_000), 4_000, 0);
        assertThatThrownBy(() -> approve(request(4_000), 4_000, 0)).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("£20.00 left");
        assertThat(fund.committedPence()).isEqualTo(8_000);
    }

    @Test
    void aRequestIsDecidedOnce() {
        GrantRequest r = request(1_000);
        approve(r, 1_000, 0);
        assertThatThrownBy(() -> approve(r, 1_000, 0)).isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> GrantAwards.decline(r, DecisionRoute.CHAIR, null, "x", "chair", TODAY)).isInstanceOf(Conflict.class);
    }

    @Test
    void approvingMoreThanAskedIsRefused() {
        assertThatThrownBy(() -> approve(request(1_000), 1_500, 0)).isInstanceOf(InvalidInput.class);
    }

    @Test
    void aPaymentReplacesTheCommitmentWithWhatWasPaid() {
        GrantRequest r = request(4_000);
        approve(r, 4_000, 0);
        GrantAwards.pay(fund, r, 3_850);
        assertThat(fund.paidPence()).isEqualTo(3_850);
        assertThat(fund.committedPence()).isEqualTo(3_850);
        assertThat(r.status()).isEqualTo(RequestStatus.PAID);
    }

    @Test
    void onlyAnApprovedGrantIsPaid() {
        assertThatThrownBy(() -> GrantAwards.pay(fund, request(1_000), 1_000)).isInstanceOf(Conflict.class);
    }

    @Test
    void aCancelledAwardGivesItsCommitmentBackAndTheBudgetCanBeAwardedAgain() {
        GrantRequest first = request(4_000);
        approve(first, 3_500, 0);
        approve(request(4_000), 4_000, 0);
        GrantAwards.cancel(fund, first, "Family moved away", "chair", TODAY);
        assertThat(first.status()).isEqualTo(RequestStatus.CANCELLED);
        assertThat(first.cancelledReason()).isEqualTo("Family moved away");
        assertThat(first.approvedPence()).as("the approval stays on the record").isEqualTo(3_500);
        assertThat(first.awarded()).isFalse();
        assertThat(fund.committedPence()).isEqualTo(4_000);
        assertThat(fund.remainingPence()).isEqualTo(6_000);
        approve(request(4_000), 4_000, 0);
        assertThat(fund.committedPence()).isEqualTo(8_000);
    }

    @Test
    void aPaidAwardCannotBeCancelled() {
        GrantRequest r = request(4_000);
        approve(r, 4_000, 0);
        GrantAwards.pay(fund, r, 3_800);
        assertThatThrownBy(() -> GrantAwards.cancel(fund, r, "Too late", "chair", TODAY)).isInstanceOf(Conflict.class)
                .hasMessage("This award has already been paid, so it cannot be cancelled.");
        assertThat(r.status()).isEqualTo(RequestStatus.PAID);
        assertThat(fund.committedPence()).isEqualTo(3_800);
        assertThat(fund.paidPence()).isEqualTo(3_800);
    }

    @Test
    void onlyAnApprovedAwardIsCancelled() {
        GrantRequest awaiting = request(1_000);
        assertThatThrownBy(() -> GrantAwards.cancel(fund, awaiting, "Not needed", "chair", TODAY)).isInstanceOf(Conflict.class)
                .hasMessageContaining("awaiting decision");
        GrantRequest cancelled = request(1_000);
        approve(cancelled, 1_000, 0);
        GrantAwards.cancel(fund, cancelled, "Not needed", "chair", TODAY);
        assertThatThrownBy(() -> GrantAwards.cancel(fund, cancelled, "Again", "chair", TODAY)).isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> GrantAwards.pay(fund, cancelled, 1_000)).isInstanceOf(Conflict.class);
        assertThat(fund.committedPence()).isZero();
    }
}
