package org.placeworks.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

/** Pounds as people type them, read into whole pence: checked over generated amounts and generated typing. */
class MoneyProperties {

    /** Money as people write it: an optional pound sign, commas only between thousands, at most two decimal places. */
    static final Pattern AS_WRITTEN = Pattern.compile("£?(\\d{1,9}|\\d{1,3}(,\\d{3}){1,2})(\\.\\d{1,2})?");

    @Property
    void formattingThenParsingGivesBackThePence(@ForAll @LongRange(min = 0, max = 99_999_999_999L) long pence) {
        assertThat(Money.parse(Money.format(pence))).contains(pence);
    }

    @Property
    void poundsAndPenceTypedPlainlyAreReadExactly(@ForAll @LongRange(min = 0, max = 999_999_999L) long pounds,
            @ForAll @LongRange(min = 0, max = 99) long pence) {
        assertThat(Money.parse(pounds + "." + String.format("%02d", pence))).contains(pounds * 100 + pence);
        assertThat(Money.parse(" £" + pounds + " ")).contains(pounds * 100);
        if (pence % 10 == 0) {
            assertThat(Money.parse(pounds + "." + pence / 10)).contains(pounds * 100 + pence);
        }
    }

    @Property
    void onlyMoneyAsPeopleWriteItIsAccepted(@ForAll("typing") String typed) {
        assertThat(Money.parse(typed).isPresent()).as("'%s'", typed).isEqualTo(AS_WRITTEN.matcher(typed.strip()).matches());
    }

    @Property
    void aNegativeAmountIsNeverAccepted(@ForAll @LongRange(min = 1, max = 99_999_999_999L) long pence) {
        assertThat(Money.parse(Money.format(-pence))).isEmpty();
    }

    @Property
    void noTextOfAnyShapeThrows(@ForAll("anyText") String anything) {
        Money.parse(anything).ifPresent(pence -> assertThat(pence).isBetween(0L, 99_999_999_999L));
    }

    @Provide
    Arbitrary<String> typing() {
        return Arbitraries.strings().withChars("0123456789£,. -").ofMaxLength(14);
    }

    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(30), typing(),
                Arbitraries.strings().numeric().ofMinLength(10).ofMaxLength(40));
    }
}
