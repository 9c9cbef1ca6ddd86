package org.placeworks.open311;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.placeworks.audit.AuditAction;
import org.placeworks.audit.AuditTrail;
import org.placeworks.identity.CurrentStaff;
import org.placeworks.open311.internal.ApiKey;
import org.placeworks.open311.internal.ApiKeyRepository;
import org.placeworks.shared.InvalidInput;
import org.placeworks.shared.NotFound;
import org.placeworks.shared.StaleEdit;
import org.placeworks.shared.Text;

/**
 * The API keys of Open311 clients (FixMyStreet and other civic tools): issued per client by an administrator,
 * shown once, kept only as a SHA-256 hash, revoked for good. A key of 160 random bits cannot be guessed, so a
 * fast hash is enough: a copy of the table gives nobody a key.
 */
@ApplicationScoped
public class Open311Keys {

    /** Where an administrator names the client a key is for. */
    public static final String CLIENT_NAME = "clientName";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int KEY_BYTES = 20;
    /** The shortest key accepted when one is agreed outside Placeworks. */
    private static final int SHORTEST_KEY = 20;

    @Inject
    ApiKeyRepository keys;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentStaff staff;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ApiKeyView> keys() {
        return keys.all().stream().map(ApiKey::view).toList();
    }

    /** A new random key for a client; the answer is the only place the key is ever shown. */
    @Transactional
    public IssuedKey issue(String clientName) {
        return register(clientName, HexFormat.of().formatHex(random()));
    }

    /**
     * A key agreed outside Placeworks (the demo's documented key for local use), stored as any other: hashed.
     * It must be long enough not to be guessed.
     */
    @Transactional
    public IssuedKey register(String clientName, String key) {
        String name = clientName == null ? null : clientName.strip();
        if (name == null || name.isEmpty()) {
            throw new InvalidInput(CLIENT_NAME, "Enter the name of the client, like FixMyStreet");
        }
        Text.problem("Name of the client", name, Text.SHORT).ifPresent(problem -> {
            throw new InvalidInput(CLIENT_NAME, problem);
        });
        if (key == null || key.length() < SHORTEST_KEY) {
            throw new InvalidInput("key", "An API key must be at least " + SHORTEST_KEY + " characters");
        }
        ApiKey issued = new ApiKey(name, hash(key), key.substring(key.length() - 4), clock.instant(), staff.username());
        keys.persist(issued);
        audit.record(AuditAction.CREATE, "open311-key", issued.id(), "Issued an Open311 API key for " + name);
        return new IssuedKey(issued.view(), key);
    }

    @Transactional
    public ApiKeyView revoke(UUID id, Long version) {
        ApiKey key = keys.findByIdOptional(id).orElseThrow(() -> new NotFound("Open311 API key", id));
        StaleEdit.check("Open311 API key", version, key.version());
        key.revoke(clock.instant(), staff.username());
        keys.flush();
        audit.record(AuditAction.UPDATE, "open311-key", id, "Revoked the Open311 API key of " + key.clientName());
        return key.view();
    }

    /** The client a key belongs to, when it is a key issued and not revoked; the use is noted. */
    @Transactional
    public Optional<String> clientFor(String key) {
        if (key == null || key.isBlank() || key.length() > 200) {
            return Optional.empty();
        }
        return keys.byHash(hash(key.strip())).filter(k -> !k.revoked()).map(k -> {
            k.used(clock.instant());
            return k.clientName();
        });
    }

    private static byte[] random() {
        byte[] bytes = new byte[KEY_BYTES];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    static byte[] hash(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }
}
