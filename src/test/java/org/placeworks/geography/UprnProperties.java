package org.placeworks.geography;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

/** A UPRN is a positive whole number of up to 12 digits. */
class UprnProperties {

    @Property
    void everyUprnIsReadBackAsTheSameNumber(@ForAll @LongRange(min = 1, max = 999_999_999_999L) long uprn) {
        assertThat(Uprn.parse(Long.toString(uprn))).contains(uprn);
        assertThat(Uprn.parse(" " + uprn + "\t")).contains(uprn);
    }

    @Property
    void thirteenDigitsOrMoreAreRefused(@ForAll @LongRange(min = 1_000_000_000_000L) long tooLong) {
        assertThat(Uprn.parse(Long.toString(tooLong))).isEmpty();
    }

    @Property
    void zeroAndNegativeNumbersAreRefused(@ForAll @LongRange(min = -999_999_999_999L, max = 0) long notPositive) {
        assertThat(Uprn.parse(Long.toString(notPositive))).isEmpty();
    }

    @Property
    void acceptedOnlyWhenTheTextIsDigits(@ForAll("anyText") String anything) {
        Uprn.parse(anything).ifPresentOrElse(uprn -> {
            assertThat(anything.strip()).matches("[0-9]{1,12}");
            assertThat(uprn).isBetween(1L, 999_999_999_999L);
        }, () -> assertThat(anything != null && anything.strip().matches("0*[1-9][0-9]*") && anything.strip().length() <= 12).isFalse());
    }

    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(20), Arbitraries.strings().withChars("0123456789 -+.e٣").ofMaxLength(15),
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(14));
    }
}
