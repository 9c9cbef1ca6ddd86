package org.placeworks.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Cases the property tests found: typing that was once read as a different amount. */
class MoneyTest {

    @Test
    void aCommaWrittenForADecimalPointIsRefusedNotReadAsAHundredTimesMore() {
        // Was read as £150.00.
        assertThat(Money.parse("1,50")).isEmpty();
        assertThat(Money.parse("12,5")).isEmpty();
    }

    @Test
    void commasOnlyBetweenThousandsAndThePoundSignOnlyInFront() {
        assertThat(Money.parse(",,5")).isEmpty();
        assertThat(Money.parse("4£0")).isEmpty();
        assertThat(Money.parse("1,250.50")).contains(125_050L);
        assertThat(Money.parse("£12,345,678.9")).contains(1_234_567_890L);
    }
}
