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

/** Virement, year end and lapse on the aggregate: never below what is promised, closed means closed. */
class FundBudgetRulesTest {

    private final Fund fund = new Fund(UUID.randomUUID(), UUID.randomUUID(), "Thornbury small grants", new FinancialYear(2026),
            10_000, 5_000, 8_000, 5_000);

    @Test
    void aReductionCannotTakeTheBudgetBelowWhatIsCommittedAndPaid() {
        GrantAwards.approve(fund, request(), 4_000, 0, DecisionRoute.CHAIR, null, "Meets the need", "chair", LocalDate.of(2026, 5, 1));
        GrantAwards.changeBudget(fund, 2_000);
        assertThat(fund.budgetPence()).isEqualTo(12_000);
        assertThatThrownBy(() -> GrantAwards.changeBudget(fund, -8_001)).isInstanceOf(InvalidInput.class)
                .hasMessage("The budget cannot go below the £40.00 already committed and paid: reduce it by at most £80.00.");
        GrantAwards.changeBudget(fund, -8_000);
        assertThat(fund.budgetPence()).isEqualTo(4_000);
        assertThat(fund.remainingPence()).isZero();
    }

    @Test
    void aFundClosesInTheLastMonthOfItsYearAndThenTakesNoApprovalsNorBudgetChanges() {
        assertThatThrownBy(() -> GrantAwards.close(fund, "manager", LocalDate.of(2027, 2, 28))).isInstanceOf(Conflict.class)
                .hasMessage("Thornbury small grants 2026/27 can be closed from 1 March 2027, in the last month of its year.");
        GrantAwards.close(fund, "manager", LocalDate.of(2027, 3, 1));
        assertThat(fund.closed()).isTrue();
        assertThatThrownBy(() -> GrantAwards.approve(fund, request(), 1_000, 0, DecisionRoute.CHAIR, null, "Needed", "chair",
                LocalDate.of(2027, 3, 2))).isInstanceOf(Conflict.class).hasMessageContaining("cannot approve an award from it");
        assertThatThrownBy(() -> GrantAwards.changeBudget(fund, 1_000)).isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> GrantAwards.close(fund, "manager", LocalDate.of(2027, 3, 3))).isInstanceOf(Conflict.class);
    }

    @Test
    void aLapsedAwardGivesItsCommitmentBackAndCannotLapseTwice() {
        GrantRequest r = request();
        GrantAwards.approve(fund, r, 3_000, 0, DecisionRoute.CHAIR, null, "Meets the need", "chair", LocalDate.of(2026, 5, 1));
        GrantAwards.lapse(fund, r, LocalDate.of(2026, 7, 2));
        assertThat(r.status()).isEqualTo(RequestStatus.LAPSED);
        assertThat(fund.committedPence()).isZero();
        assertThatThrownBy(() -> GrantAwards.lapse(fund, r, LocalDate.of(2026, 7, 3))).isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> GrantAwards.pay(fund, r, 3_000)).isInstanceOf(Conflict.class).hasMessageContaining("lapsed");
    }

    private GrantRequest request() {
        return new GrantRequest(fund.id(), UUID.randomUUID(), UUID.randomUUID(), null, UUID.randomUUID(), "Glasses", GrantCategory.GLASSES,
                5_000, null, "UC letter", "School", "asker", Instant.now());
    }
}
