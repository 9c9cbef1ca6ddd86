package org.placeworks.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The hash of one link of the audit chain: SHA-256 over the previous link's hash and every field of the entry, each
 * written with its length so that no two different entries encode alike. Times are taken to the microsecond, as
 * PostgreSQL stores them.
 */
final class ChainHash {

    /** The hash "before" the first entry. */
    static final String GENESIS = "0".repeat(64);

    private ChainHash() {
    }

    record Entry(long seq, String id, Instant at, String actor, String actorRoles, String action, String recordKind,
            String recordId, String summary, String outcome) {
    }

    static String link(String previous, Entry e) {
        StringBuilder text = new StringBuilder(256);
        for (String field : new String[] {previous, Long.toString(e.seq()), e.id(), micros(e.at()), e.actor(), e.actorRoles(),
            e.action(), e.recordKind(), e.recordId(), e.summary(), e.outcome()}) {
            if (field == null) {
                text.append("-;");
            } else {
                text.append(field.length()).append(':').append(field).append(';');
            }
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e1) {
            throw new IllegalStateException("every JVM has SHA-256", e1);
        }
    }

    private static String micros(Instant at) {
        return at == null ? null : Long.toString(Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000L), at.getNano() / 1000));
    }
}
