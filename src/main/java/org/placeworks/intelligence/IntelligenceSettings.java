package org.placeworks.intelligence;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * Community Intelligence's configuration. The three secrets have no default outside the dev, test and
 * local profiles, so production refuses to start without them (see application.properties).
 */
@ConfigMapping(prefix = "placeworks.intelligence")
public interface IntelligenceSettings {

    /**
     * The keys that encrypt reporters' details, as {@code id=base64key} pairs separated by commas (AES, 16 or
     * 32 bytes). The first encrypts; every one listed decrypts, so a key is rotated by putting a new one first
     * and keeping the old one listed until nothing is encrypted under it.
     */
    String reporterKeys();

    /** The key (base64, at least 32 bytes) of the keyed hash that matches the same reporter's email or phone. Never rotated. */
    String reporterMatchKey();

    /** The pepper (base64, at least 32 bytes) of the receipt codes' slow hash. Never rotated: receipts would stop matching. */
    String receiptPepper();

    /** Reports per client in one {@link #rateWindow()} (a client is a keyed hash of its address, kept only in memory). */
    @WithDefault("5")
    int reportsPerWindow();

    /** Receipt code look-ups per client in one {@link #rateWindow()}. */
    @WithDefault("10")
    int lookupsPerWindow();

    @WithDefault("10M")
    Duration rateWindow();

    /** The most clients the rate limiter remembers; the oldest are forgotten first. */
    @WithDefault("10000")
    int rateClients();

    /** Reports on one page of the officers' list. */
    @WithDefault("25")
    int pageSize();
}
