package org.placeworks.intelligence.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.placeworks.intelligence.IntelligenceSettings;
import org.placeworks.intelligence.PreferredContact;
import org.placeworks.intelligence.ReporterDetails;

/** Reporters' details: ciphertext at rest, bound to their report, readable after the key is rotated out of first place. */
class ReporterVaultTest {

    private static final String OLD = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String NEW = Base64.getEncoder().encodeToString("a second key of thirty-two bytes".getBytes(StandardCharsets.UTF_8));
    private static final String MATCH = Base64.getEncoder().encodeToString("the match key, thirty-two bytes!".getBytes(StandardCharsets.UTF_8));
    private static final ReporterDetails ROSALIND = new ReporterDetails("Rosalind Vandersteen", "Rosalind.V@Example.org ",
            "+44 7700 900 123", PreferredContact.EMAIL);

    @Test
    void detailsAreCiphertextThatOpensAgain() {
        ReporterVault vault = vault("old=" + OLD);
        UUID report = UUID.randomUUID();

        Reporter sealed = vault.seal(report, ROSALIND).orElseThrow();

        assertThat(sealed.keyId()).isEqualTo("old");
        assertThat(new String(sealed.nameCipher, StandardCharsets.ISO_8859_1)).doesNotContain("Rosalind");
        assertThat(sealed.nameCipher.length).isGreaterThanOrEqualTo(12 + 16 + "Rosalind Vandersteen".length());
        assertThat(vault.open(sealed)).isEqualTo(new ReporterDetails("Rosalind Vandersteen", "Rosalind.V@Example.org",
                "+44 7700 900 123", PreferredContact.EMAIL));
        // The same name twice is two different ciphertexts (a fresh IV each time).
        assertThat(vault.seal(report, ROSALIND).orElseThrow().nameCipher).isNotEqualTo(sealed.nameCipher);
    }

    @Test
    void aKeyRotatedOutOfFirstPlaceStillDecryptsAndTheNewKeyEncrypts() {
        UUID report = UUID.randomUUID();
        Reporter underOld = vault("old=" + OLD).seal(report, ROSALIND).orElseThrow();

        ReporterVault rotated = vault("new=" + NEW + ", old=" + OLD);

        assertThat(rotated.open(underOld).name()).isEqualTo("Rosalind Vandersteen");
        assertThat(rotated.seal(report, ROSALIND).orElseThrow().keyId()).isEqualTo("new");
        assertThatThrownBy(() -> vault("new=" + NEW).open(underOld)).hasMessageContaining("old");
    }

    @Test
    void aCiphertextMovedToAnotherReportDoesNotOpen() {
        ReporterVault vault = vault("old=" + OLD);
        Reporter sealed = vault.seal(UUID.randomUUID(), ROSALIND).orElseThrow();
        Reporter moved = new Reporter(UUID.randomUUID(), "old", sealed.nameCipher, null, null, PreferredContact.NONE, null, null);

        assertThatThrownBy(() -> vault.open(moved)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theSamePersonMatchesHoweverTheyTypedTheirDetails() {
        ReporterVault vault = vault("old=" + OLD);

        assertThat(vault.emailMatch(" rosalind.v@example.ORG")).isEqualTo(vault.seal(UUID.randomUUID(), ROSALIND).orElseThrow().emailMatch());
        assertThat(vault.phoneMatch("07700900123")).isEqualTo(vault.phoneMatch("+44 (0)7700 900 123".replace("(0)", "")));
        assertThat(vault.emailMatch("rosalind.v@example.org")).doesNotContain("rosalind").hasSize(64);
    }

    @Test
    void noDetailsNothingHeld() {
        assertThat(vault("old=" + OLD).seal(UUID.randomUUID(), new ReporterDetails(" ", "", null))).isEmpty();
    }

    @Test
    void aBrokenKeyListRefusesToLoad() {
        assertThatThrownBy(() -> ReporterKeys.parse("")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> ReporterKeys.parse("k=" + Base64.getEncoder().encodeToString(new byte[7])))
                .hasMessageContaining("16 or 32 bytes");
        assertThatThrownBy(() -> ReporterKeys.parse("no-equals-sign")).isInstanceOf(IllegalStateException.class);
    }

    private static ReporterVault vault(String keys) {
        ReporterVault vault = new ReporterVault();
        vault.settings = settings(keys);
        vault.load();
        return vault;
    }

    static IntelligenceSettings settings(String keys) {
        return new IntelligenceSettings() {
            public String reporterKeys() {
                return keys;
            }

            public String reporterMatchKey() {
                return MATCH;
            }

            public String receiptPepper() {
                return MATCH;
            }

            public int reportsPerWindow() {
                return 5;
            }

            public int lookupsPerWindow() {
                return 10;
            }

            public Duration rateWindow() {
                return Duration.ofMinutes(10);
            }

            public int rateClients() {
                return 100;
            }

            public int pageSize() {
                return 25;
            }
        };
    }
}
