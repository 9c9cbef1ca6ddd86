package org.placeworks.grant;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.placeworks.shared.Money;

class FinancialYearTest {

    @Test
    void theYearRunsFromAprilToMarch() {
        assertThat(FinancialYear.of(LocalDate.of(2026, 4, 1))).isEqualTo(new FinancialYear(2026));
        assertThat(FinancialYear.of(LocalDate.of(2027, 3, 31))).isEqualTo(new FinancialYear(2026));
        assertThat(FinancialYear.of(LocalDate.of(2026, 3, 31))).isEqualTo(new FinancialYear(2025));
        assertThat(new FinancialYear(2026).label()).isEqualTo("2026/27");
        assertThat(new FinancialYear(2099).label()).isEqualTo("2099/00");
    }

    @Test
    void monthsElapsedCountTheMonthBegun() {
        FinancialYear year = new FinancialYear(2026);
        assertThat(year.monthsElapsed(LocalDate.of(2026, 4, 1))).isEqualTo(1);
        assertThat(year.monthsElapsed(LocalDate.of(2026, 11, 25))).isEqualTo(8);
        assertThat(year.monthsElapsed(LocalDate.of(2027, 3, 31))).isEqualTo(12);
        assertThat(year.monthsElapsed(LocalDate.of(2026, 3, 1))).isZero();
        assertThat(year.monthsElapsed(LocalDate.of(2028, 1, 1))).isEqualTo(12);
    }

    @Test
    void moneyIsShownInPoundsAndTypedInPounds() {
        assertThat(Money.format(4_000)).isEqualTo("£40.00");
        assertThat(Money.format(123_456_7)).isEqualTo("£12,345.67");
        assertThat(Money.parse("£40")).contains(4_000L);
        assertThat(Money.parse("1,250.5")).contains(125_050L);
        assertThat(Money.parse("40.123")).isEmpty();
        assertThat(Money.parse("forty")).isEmpty();
        assertThat(Money.parse("-5")).isEmpty();
    }
}
