package org.placeworks.intelligence.internal;

import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The reporter keys from configuration ({@code id=base64,id=base64}): the first encrypts, all decrypt.
 * A list that cannot be read refuses to load, so the app does not start with a broken key.
 */
public record ReporterKeys(String currentId, Map<String, SecretKey> all) {

    public ReporterKeys {
        all = Collections.unmodifiableMap(new LinkedHashMap<>(all));
    }

    public static ReporterKeys parse(String configured) {
        if (configured == null || configured.isBlank()) {
            throw new IllegalStateException("placeworks.intelligence.reporter-keys is empty: reporters' details cannot be protected");
        }
        Map<String, SecretKey> keys = new LinkedHashMap<>();
        for (String pair : configured.split(",")) {
            String[] parts = pair.strip().split("=", 2);
            if (parts.length != 2 || parts[0].isBlank() || !parts[0].strip().matches("[A-Za-z0-9._-]{1,40}")) {
                throw new IllegalStateException("placeworks.intelligence.reporter-keys must be id=base64key pairs separated by commas");
            }
            byte[] key;
            try {
                key = Base64.getDecoder().decode(parts[1].strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("Reporter key " + parts[0].strip() + " is not base64");
            }
            if (key.length != 16 && key.length != 32) {
                throw new IllegalStateException("Reporter key " + parts[0].strip() + " must be 16 or 32 bytes (AES-128 or AES-256)");
            }
            if (keys.put(parts[0].strip(), new SecretKeySpec(key, "AES")) != null) {
                throw new IllegalStateException("Reporter key " + parts[0].strip() + " is listed twice");
            }
        }
        return new ReporterKeys(keys.keySet().iterator().next(), keys);
    }

    public SecretKey current() {
        return all.get(currentId);
    }

    public SecretKey get(String id) {
        SecretKey key = all.get(id);
        if (key == null) {
            throw new IllegalStateException("Reporter key " + id + " is no longer configured: list it again in "
                    + "placeworks.intelligence.reporter-keys to read details encrypted under it");
        }
        return key;
    }

    /** A secret from configuration as bytes, refused when shorter than {@code minBytes}. */
    static byte[] secret(String name, String base64, int minBytes) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64 == null ? "" : base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(name + " is not base64");
        }
        if (bytes.length < minBytes) {
            throw new IllegalStateException(name + " must be at least " + minBytes + " bytes");
        }
        return bytes;
    }
}
