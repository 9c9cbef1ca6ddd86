package org.placeworks.family;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The NHS number's modulus 11 rule, checked over numbers generated from the rule rather than a few examples. */
class NhsNumberProperties {

    @Property
    void everyNumberBuiltWithItsCheckDigitIsAccepted(@ForAll("validNumbers") String number) {
        assertThat(NhsNumber.parse(number)).contains(number);
    }

    @Property
    void spacesAndHyphensAsPeopleWriteThemChangeNothing(@ForAll("validNumbers") String number) {
        assertThat(NhsNumber.parse(NhsNumber.formatted(number))).contains(number);
        assertThat(NhsNumber.parse(" " + number.substring(0, 3) + "-" + number.substring(3, 6) + "-" + number.substring(6) + " "))
                .contains(number);
    }

    @Property
    void changingAnyOneDigitIsRefused(@ForAll("validNumbers") String number,
            @ForAll @IntRange(min = 0, max = 9) int position, @ForAll @IntRange(min = 1, max = 9) int shift) {
        char[] digits = number.toCharArray();
        digits[position] = (char) ('0' + (digits[position] - '0' + shift) % 10);
        assertThat(NhsNumber.valid(new String(digits))).as("%s changed at %d", number, position).isFalse();
    }

    @Property
    void swappingTwoNeighbouringDigitsIsRefused(@ForAll("validNumbers") String number,
            @ForAll @IntRange(min = 0, max = 7) int position) {
        Assume.that(number.charAt(position) != number.charAt(position + 1));
        char[] digits = number.toCharArray();
        char kept = digits[position];
        digits[position] = digits[position + 1];
        digits[position + 1] = kept;
        assertThat(NhsNumber.valid(new String(digits))).isFalse();
    }

    @Property
    void nineDigitsWhoseCheckWouldBeTenHaveNoValidNumber(@ForAll("checkWouldBeTen") String first) {
        for (int last = 0; last <= 9; last++) {
            assertThat(NhsNumber.valid(first + last)).isFalse();
        }
    }

    @Property
    void acceptedTextIsAlwaysTenDigitsThatPassTheCheck(@ForAll String anything) {
        NhsNumber.parse(anything).ifPresent(digits -> {
            assertThat(digits).matches("[0-9]{10}");
            assertThat(NhsNumber.checkDigit(digits)).contains(digits.charAt(9) - '0');
        });
    }

    @Property
    void noTextOfAnyShapeThrows(@ForAll("anyText") String anything) {
        NhsNumber.parse(anything);
        NhsNumber.formatted(anything);
    }

    @Provide
    Arbitrary<String> nineDigits() {
        return Arbitraries.strings().numeric().ofLength(9);
    }

    @Provide
    Arbitrary<String> validNumbers() {
        return nineDigits().filter(first -> NhsNumber.checkDigit(first).isPresent())
                .map(first -> first + NhsNumber.checkDigit(first).orElseThrow());
    }

    /** One in eleven runs of nine digits would need a check digit of 10: no NHS number starts with them. */
    @Provide
    Arbitrary<String> checkWouldBeTen() {
        return nineDigits().filter(first -> NhsNumber.checkDigit(first).isEmpty());
    }

    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(40),
                Arbitraries.strings().withChars("0123456789 -\t\n٠١٢٣४५").ofMaxLength(16));
    }
}
