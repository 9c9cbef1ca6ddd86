package org.placeworks.intelligence.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Receipt codes: long enough, written down without ambiguity, random, and hashed the same way however typed. */
class ReceiptCodesTest {

    private final ReceiptCodes codes = codes();

    @Test
    void aCodeIsTwentyCrockfordCharactersInGroupsOfFourCarryingAtLeastEightyBits() {
        String code = codes.newCode();

        assertThat(code).matches("([0-9A-HJKMNP-TV-Z]{4}-){4}[0-9A-HJKMNP-TV-Z]{4}");
        assertThat(ReceiptCodes.ALPHABET).hasSize(32).doesNotContain("I", "L", "O", "U");
        double bits = ReceiptCodes.LENGTH * (Math.log(ReceiptCodes.ALPHABET.length()) / Math.log(2));
        assertThat(bits).isGreaterThanOrEqualTo(80);
    }

    @Test
    void codesComeFromSecureRandomAndDoNotRepeat() throws Exception {
        var field = ReceiptCodes.class.getDeclaredField("random");
        assertThat(field.getType()).isEqualTo(java.security.SecureRandom.class);
        Set<String> seen = new HashSet<>();
        int[] counts = new int[32];
        for (int i = 0; i < 2000; i++) {
            String code = codes.newCode();
            assertThat(seen.add(code)).isTrue();
            code.replace("-", "").chars().forEach(c -> counts[ReceiptCodes.ALPHABET.indexOf(c)]++);
        }
        // 40,000 characters over 32 symbols: each near 1,250; a broken generator would leave some out.
        assertThat(java.util.Arrays.stream(counts).boxed().toList()).allMatch(n -> n > 1000 && n < 1500);
    }

    @Test
    void whatPeopleTypeIsReadForgivingly() {
        String code = codes.newCode();
        String typed = code.toLowerCase().replace("-", " ").replace('0', 'o').replace('1', 'l');

        assertThat(ReceiptCodes.canonical(typed)).contains(code.replace("-", ""));
        assertThat(codes.hash(typed)).isEqualTo(codes.hash(code));
        assertThat(ReceiptCodes.canonical("ABCD-EFGH")).isEmpty();
        assertThat(ReceiptCodes.canonical("UUUU-UUUU-UUUU-UUUU-UUUU")).isEmpty();
    }

    @Test
    void theHashIsNotTheCode() {
        String code = codes.newCode();

        assertThat(codes.hash(code)).doesNotContain(code.replace("-", "")).isNotEqualTo(codes.hash(codes.newCode()));
        assertThat(ReceiptCodes.ITERATIONS).isGreaterThanOrEqualTo(100_000);
    }

    private static ReceiptCodes codes() {
        ReceiptCodes codes = new ReceiptCodes();
        codes.settings = ReporterVaultTest.settings("k=" + java.util.Base64.getEncoder().encodeToString(new byte[32]));
        codes.load();
        return codes;
    }
}
