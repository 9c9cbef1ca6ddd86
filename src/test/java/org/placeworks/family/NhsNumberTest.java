package org.placeworks.family;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NhsNumberTest {

    @Test
    void aValidNumberPassesTheModulus11CheckWithOrWithoutSpaces() {
        assertThat(NhsNumber.parse("943 476 5919")).contains("9434765919");
        assertThat(NhsNumber.parse("9434765919")).contains("9434765919");
        assertThat(NhsNumber.parse(" 401-023-2137 ")).contains("4010232137");
    }

    @Test
    void aWrongCheckDigitIsRefused() {
        assertThat(NhsNumber.valid("943 476 5918")).isFalse();
        assertThat(NhsNumber.valid("943 476 5910")).isFalse();
    }

    @Test
    void aNumberWhoseCheckWouldBeTenIsNeverValid() {
        // 1*10 + 1*2 = 12, remainder 1, so the check digit would be 10
        for (int last = 0; last <= 9; last++) {
            assertThat(NhsNumber.valid("100000001" + last)).isFalse();
        }
    }

    @Test
    void aCheckOfElevenBecomesZero() {
        // 1*10 + 5*9 = 55, remainder 0, 11 - 0 = 11, written 0
        assertThat(NhsNumber.valid("1500000000")).isTrue();
        // 2*10 = 20, remainder 9, check 2
        assertThat(NhsNumber.valid("2000000002")).isTrue();
    }

    @Test
    void anythingButTenDigitsIsRefused() {
        assertThat(NhsNumber.valid(null)).isFalse();
        assertThat(NhsNumber.valid("")).isFalse();
        assertThat(NhsNumber.valid("94347659")).isFalse();
        assertThat(NhsNumber.valid("94347659190")).isFalse();
        assertThat(NhsNumber.valid("943476591A")).isFalse();
    }

    @Test
    void itIsShownInThreeGroups() {
        assertThat(NhsNumber.formatted("9434765919")).isEqualTo("943 476 5919");
    }
}
