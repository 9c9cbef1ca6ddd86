package org.placeworks.geography;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Cases the property tests found. */
class PostcodeTest {

    @Test
    void lettersThatOnlyBecomeAsciiWhenCapitalisedAreRefusedNotQuietlyChanged() {
        // The dotless i and the long s were once stored as "GIR 0AA" and "SW1A 1AA".
        assertThat(Postcode.normalise("gır 0aa")).isEmpty();
        assertThat(Postcode.normalise("ſw1a 1aa")).isEmpty();
        assertThat(Postcode.normalise("sw1a 1aa")).contains("SW1A 1AA");
    }
}
