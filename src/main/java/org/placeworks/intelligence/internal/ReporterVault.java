package org.placeworks.intelligence.internal;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.placeworks.intelligence.IntelligenceSettings;
import org.placeworks.intelligence.ReporterDetails;

/**
 * Seals and opens reporters' details. Each detail is encrypted on its own with AES-GCM under the current
 * reporter key, with a fresh 96-bit IV, and bound to its report and field (the additional authenticated
 * data), so a ciphertext moved to another row or column does not open. Stored as IV then ciphertext and tag.
 * Email and phone also get a keyed hash (HMAC-SHA256) of their normalised form, to match the same
 * person's reports without decrypting anything.
 */
@ApplicationScoped
public class ReporterVault {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    @Inject
    IntelligenceSettings settings;

    @Inject
    ReporterRepository reporters;

    private final SecureRandom random = new SecureRandom();
    private ReporterKeys keys;
    private SecretKeySpec matchKey;

    @PostConstruct
    void load() {
        keys = ReporterKeys.parse(settings.reporterKeys());
        matchKey = new SecretKeySpec(ReporterKeys.secret("placeworks.intelligence.reporter-match-key", settings.reporterMatchKey(), 32),
                "HmacSHA256");
    }

    /** The reporter's details sealed for storage beside the report; empty when none was given. */
    public Optional<Reporter> seal(UUID reportId, ReporterDetails details) {
        if (details == null || !details.any()) {
            return Optional.empty();
        }
        String name = blankToNull(details.name());
        String email = blankToNull(details.email());
        String phone = blankToNull(details.phone());
        return Optional.of(new Reporter(reportId, keys.currentId(), encrypt(name, reportId, "name"),
                encrypt(email, reportId, "email"), encrypt(phone, reportId, "phone"), details.preferredContact(),
                email == null ? null : match(normaliseEmail(email)), phone == null ? null : match(normalisePhone(phone))));
    }

    /** Stores the sealed details of a report, if any were given. */
    public void keep(UUID reportId, ReporterDetails details) {
        seal(reportId, details).ifPresent(reporters::persist);
    }

    /** The reporter's details in clear, for the intelligence officer's recorded reveal; empty when none were given. */
    public Optional<ReporterDetails> open(UUID reportId) {
        return reporters.findByIdOptional(reportId).map(this::open);
    }

    public boolean held(UUID reportId) {
        return reporters.findByIdOptional(reportId).isPresent();
    }

    public ReporterDetails open(Reporter r) {
        SecretKey key = keys.get(r.keyId);
        return new ReporterDetails(decrypt(key, r.nameCipher, r.reportId, "name"), decrypt(key, r.emailCipher, r.reportId, "email"),
                decrypt(key, r.phoneCipher, r.reportId, "phone"), r.preferredContact);
    }

    /** The keyed hash that matches an email however it was typed (case, spaces). */
    public String emailMatch(String email) {
        return blankToNull(email) == null ? null : match(normaliseEmail(email));
    }

    /** The keyed hash that matches a phone number however it was typed (spaces, +44 or 0). */
    public String phoneMatch(String phone) {
        return blankToNull(phone) == null ? null : match(normalisePhone(phone));
    }

    static String normaliseEmail(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    static String normalisePhone(String phone) {
        String digits = phone.replaceAll("[^0-9+]", "");
        if (digits.startsWith("+44")) {
            digits = "0" + digits.substring(3);
        } else if (digits.startsWith("0044")) {
            digits = "0" + digits.substring(4);
        }
        return digits.replace("+", "");
    }

    private String match(String normalised) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(matchKey);
            return HexFormat.of().formatHex(mac.doFinal(normalised.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    private byte[] encrypt(String plain, UUID reportId, String field) {
        if (plain == null) {
            return null;
        }
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.current(), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(aad(reportId, field));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A reporter's details could not be encrypted", e);
        }
    }

    private static String decrypt(SecretKey key, byte[] stored, UUID reportId, String field) {
        if (stored == null) {
            return null;
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, stored, 0, IV_BYTES));
            cipher.updateAAD(aad(reportId, field));
            return new String(cipher.doFinal(stored, IV_BYTES, stored.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A reporter's details could not be decrypted with their key", e);
        }
    }

    private static byte[] aad(UUID reportId, String field) {
        return (reportId + "/" + field).getBytes(StandardCharsets.UTF_8);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
