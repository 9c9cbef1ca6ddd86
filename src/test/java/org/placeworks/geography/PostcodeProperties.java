package org.placeworks.geography;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** UK postcodes: every shape the Royal Mail uses is accepted however it is spaced or cased, and nothing else. */
class PostcodeProperties {

    static final String FORMAT = "(GIR0AA|[A-Z]{1,2}[0-9][0-9A-Z]?[0-9][A-Z]{2})";

    @Property
    void everyPostcodeIsAcceptedInOneSpacingAndUpperCase(@ForAll("postcodes") String postcode, @ForAll("spacing") String before,
            @ForAll("spacing") String middle, @ForAll boolean lower) {
        String outward = postcode.substring(0, postcode.length() - 3);
        String inward = postcode.substring(postcode.length() - 3);
        String typed = before + (lower ? outward.toLowerCase(Locale.UK) : outward) + middle + inward + before;
        assertThat(Postcode.normalise(typed)).contains(outward + " " + inward);
    }

    @Property
    void normalisingTwiceChangesNothing(@ForAll("typing") String typed) {
        Postcode.normalise(typed).ifPresent(once -> assertThat(Postcode.normalise(once)).contains(once));
    }

    @Property
    void acceptedOnlyWhenTheLettersAndDigitsTypedFormAPostcode(@ForAll("typing") String typed) {
        String compact = typed.replaceAll("\\s+", "");
        boolean postcode = compact.matches("[A-Za-z0-9]+") && compact.toUpperCase(Locale.ROOT).matches(FORMAT);
        assertThat(Postcode.normalise(typed).isPresent()).as("'%s'", typed).isEqualTo(postcode);
    }

    @Property
    void whatIsAcceptedIsStoredInTheOneForm(@ForAll("anyText") String anything) {
        Postcode.normalise(anything).ifPresent(postcode -> assertThat(postcode).matches("[A-Z0-9]{2,4} [0-9][A-Z]{2}"));
    }

    @Provide
    Arbitrary<String> postcodes() {
        Arbitrary<Character> letter = Arbitraries.chars().range('A', 'Z');
        Arbitrary<Character> digit = Arbitraries.chars().numeric();
        Arbitrary<String> outward = Arbitraries.oneOf(
                Combinators.combine(letter, digit).as((a, b) -> "" + a + b),
                Combinators.combine(letter, digit, digit).as((a, b, c) -> "" + a + b + c),
                Combinators.combine(letter, letter, digit).as((a, b, c) -> "" + a + b + c),
                Combinators.combine(letter, letter, digit, digit).as((a, b, c, d) -> "" + a + b + c + d),
                Combinators.combine(letter, digit, letter).as((a, b, c) -> "" + a + b + c),
                Combinators.combine(letter, letter, digit, letter).as((a, b, c, d) -> "" + a + b + c + d));
        Arbitrary<String> inward = Combinators.combine(digit, letter, letter).as((a, b, c) -> "" + a + b + c);
        return Combinators.combine(outward, inward).as(String::concat);
    }

    @Provide
    Arbitrary<String> spacing() {
        return Arbitraries.strings().withChars(" \t").ofMaxLength(3);
    }

    /** Letters, digits and spaces, with the few letters that turn into ASCII capitals (dotless i, long s). */
    @Provide
    Arbitrary<String> typing() {
        return Arbitraries.oneOf(postcodes().map(p -> p.substring(0, p.length() - 3) + " " + p.substring(p.length() - 3)),
                Arbitraries.strings().withChars("ABSWLEGIR0123456789 abıſﬀ").ofMaxLength(9));
    }

    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(12), typing());
    }
}
