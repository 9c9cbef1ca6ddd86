package org.placeworks.intelligence.internal;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.placeworks.intelligence.IntelligenceSettings;

/**
 * Receipt codes: 20 characters of Crockford's base32 (100 random bits from {@link SecureRandom}), shown in
 * groups of four, like {@code 7KQ2-M9XD-...}. The alphabet has no I, L, O or U, and what people type is
 * read forgivingly (lower case, spaces, hyphens, O for 0, I or L for 1).
 *
 * <p>Stored only as a slow hash: PBKDF2-HMAC-SHA256 with {@value #ITERATIONS} iterations, salted with a
 * pepper from configuration rather than a per-row salt. Why: the hash is then deterministic, so it is itself
 * the unique index a look-up goes to, and a look-up costs one slow hash instead of one per stored receipt
 * (which a salted-per-row design would need, or else a short plain "locator" part kept in the table). What
 * a per-row salt would add, forcing an attacker to work on each row separately, is already given by the
 * code's 100 random bits, and the pepper lives outside the database, so a copy of the tables alone cannot
 * be tested against guesses at all.
 */
@ApplicationScoped
public class ReceiptCodes {

    /** Crockford's base32 alphabet: digits and letters without I, L, O, U. */
    public static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    public static final int LENGTH = 20;
    public static final int GROUP = 4;
    static final int ITERATIONS = 120_000;

    @Inject
    IntelligenceSettings settings;

    private final SecureRandom random = new SecureRandom();
    private byte[] pepper;

    @PostConstruct
    void load() {
        pepper = ReporterKeys.secret("placeworks.intelligence.receipt-pepper", settings.receiptPepper(), 32);
    }

    /** A new code, as shown to the reporter: five groups of four, separated by hyphens. */
    public String newCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % GROUP == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The code as typed, in its one canonical form; empty when it cannot be a receipt code. */
    public static Optional<String> canonical(String typed) {
        if (typed == null || typed.length() > 100) {
            return Optional.empty();
        }
        String code = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "").replace('O', '0').replace('I', '1').replace('L', '1');
        if (code.length() != LENGTH || !code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return Optional.empty();
        }
        return Optional.of(code);
    }

    /**
     * The slow hash of a code as typed. A code that cannot be one is hashed all the same (as a value no
     * real code has), so a wrong code and an unknown one take the same time and get the same answer.
     */
    public String hash(String typed) {
        String code = canonical(typed).orElse("not-a-receipt-code");
        try {
            PBEKeySpec spec = new PBEKeySpec(code.toCharArray(), pepper, ITERATIONS, 256);
            byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            spec.clearPassword();
            return Base64.getEncoder().withoutPadding().encodeToString(hash);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2-HMAC-SHA256 is not available", e);
        }
    }
}
