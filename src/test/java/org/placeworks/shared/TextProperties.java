package org.placeworks.shared;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The one rule for typed text: any text a person could type within the limit is accepted, and the rest refused. */
class TextProperties {

    @Property
    void textPeopleTypeWithinTheLimitIsAccepted(@ForAll("typed") String text) {
        assertThat(Text.problem("Name", text, Text.SHORT)).isEmpty();
        assertThat(Text.problem("Note", text + "\n\t" + text + "\r\n", Text.LONG)).isEmpty();
    }

    @Property
    void oneCharacterOverTheLimitIsRefusedNamingTheField(@ForAll @IntRange(min = 0, max = Text.LONG) int max) {
        assertThat(Text.problem("Name", "a".repeat(max), max)).isEmpty();
        assertThat(Text.problem("Name", "a".repeat(max + 1), max)).hasValueSatisfying(message -> assertThat(message).startsWith("Name "));
    }

    @Property
    void aControlCharacterAnywhereIsRefused(@ForAll("typed") String text, @ForAll("controls") char control, @ForAll @IntRange(max = 200) int at) {
        int where = Math.min(at, text.length());
        if (where > 0 && Character.isHighSurrogate(text.charAt(where - 1))) {
            where--;
        }
        String spoilt = text.substring(0, where) + control + text.substring(where);
        assertThat(Text.problem("Name", spoilt, Text.LONG)).isPresent();
    }

    @Property
    void aTextDirectionCharacterOrAHalfCharacterIsRefused(@ForAll("typed") String text, @ForAll("neverStored") char bad) {
        assertThat(Text.problem("Name", text + bad, Text.LONG)).isPresent();
        assertThat(Text.problem("Name", bad + text, Text.LONG)).isPresent();
    }

    @Property
    void noTextOfAnyShapeThrows(@ForAll("anyText") String text, @ForAll @IntRange(min = 0, max = 300) int max) {
        Text.problem("Name", text, max).ifPresent(message -> assertThat(message).startsWith("Name "));
    }

    /** Printable text in many scripts, with emoji (pairs of surrogates) and accents, that a person might type. */
    @Provide
    Arbitrary<String> typed() {
        Arbitrary<String> letters = Arbitraries.strings().withCharRange(' ', '~').withCharRange('\u00a0', '\u024f')
                .withCharRange('\u0400', '\u04ff').withCharRange('\u0600', '\u06ff').withCharRange('\u4e00', '\u4e50').ofMaxLength(60);
        Arbitrary<String> emoji = Arbitraries.of("\ud83d\ude00", "\ud83d\udc68\u200d\ud83d\udc69\u200d\ud83d\udc67", "\u00e9", "e\u0301", "\u2019");
        return Arbitraries.oneOf(letters, letters.flatMap(l -> emoji.map(e -> l + e + l)));
    }

    @Provide
    Arbitrary<Character> controls() {
        return Arbitraries.oneOf(Arbitraries.chars().range('\u0000', '\u0008'), Arbitraries.chars().range('\u000b', '\u000c'),
                Arbitraries.chars().range('\u000e', '\u001f'), Arbitraries.chars().range('\u007f', '\u009f'));
    }

    @Provide
    Arbitrary<Character> neverStored() {
        return Arbitraries.oneOf(Arbitraries.chars().range('\u202a', '\u202e'), Arbitraries.chars().range('\u2066', '\u2069'),
                Arbitraries.chars().range('\ud800', '\udfff'));
    }

    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(400), typed());
    }
}
