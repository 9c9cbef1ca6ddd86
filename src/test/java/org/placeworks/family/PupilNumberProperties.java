package org.placeworks.family;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A unique pupil number: a letter then 12 digits, however it is spaced or cased, and nothing else. */
class PupilNumberProperties {

    @Property
    void everyLetterAndTwelveDigitsIsAcceptedInUpperCase(@ForAll("upns") String upn, @ForAll boolean lower) {
        String typed = " " + (lower ? upn.toLowerCase(Locale.UK) : upn).substring(0, 5) + " " + upn.substring(5) + " ";
        assertThat(PupilNumber.parse(typed)).contains(upn);
    }

    @Property
    void acceptedOnlyWhenTheTypedCharactersAreALetterAndTwelveDigits(@ForAll("typing") String typed) {
        boolean upn = typed.replaceAll("\\s", "").matches("[A-Za-z][0-9]{12}");
        assertThat(PupilNumber.parse(typed).isPresent()).as("'%s'", typed).isEqualTo(upn);
    }

    @Provide
    Arbitrary<String> upns() {
        return Arbitraries.chars().range('A', 'Z').flatMap(letter -> Arbitraries.strings().numeric().ofLength(12).map(d -> letter + d));
    }

    @Provide
    Arbitrary<String> typing() {
        return Arbitraries.oneOf(upns(), upns().map(u -> "ı" + u.substring(1)), upns().map(u -> "ſ" + u.substring(1)),
                Arbitraries.strings().withChars("AaZzıſ0123456789 ٣").ofMaxLength(15), Arbitraries.strings().all().ofMaxLength(15));
    }
}
