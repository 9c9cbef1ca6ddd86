package org.placeworks.identity.web;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.ByteBuffer;
import java.security.Key;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jose4j.jca.ProviderContext;
import org.jose4j.jwa.AlgorithmFactory;
import org.jose4j.jwa.AlgorithmFactoryFactory;
import org.jose4j.jwa.CryptoPrimitive;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignatureAlgorithm;
import org.jose4j.keys.KeyPersuasion;
import org.jose4j.lang.InvalidAlgorithmException;
import org.jose4j.lang.InvalidKeyException;
import org.jose4j.lang.JoseException;

/**
 * A token's public-key signature checked once, not again on each of the session's requests.
 * <p>
 * Every request of a signed-in member of staff carries their ID and access tokens, and the OIDC extension checks
 * both tokens' signatures on each (the RSA check was 7% of the app's CPU on a case page, docs/performance.md). Whether
 * a signature is valid depends only on the algorithm, the key, the signed bytes and the signature, so a check that
 * passed is remembered for exactly those four and answered again without the arithmetic. Nothing else is skipped:
 * the token's expiry, issuer and audience are still checked on every request, its refresh and Keycloak's
 * back-channel sign-out still apply, a new key from Keycloak is a different key, and a signature that failed is never
 * remembered.
 * <p>
 * Bounded: for each algorithm, the {@value #KEPT} most recently used checks (Keycloak signs with one; two checks a
 * session; about 450 bytes each).
 */
@ApplicationScoped
public class CheckedSignatures {

    static final int KEPT = 1_024;

    /** The public-key algorithms Keycloak signs tokens with; HMAC checks are cheap and are left as they are. */
    static final List<String> ALGORITHMS = List.of(AlgorithmIdentifiers.RSA_USING_SHA256, AlgorithmIdentifiers.RSA_USING_SHA384,
            AlgorithmIdentifiers.RSA_USING_SHA512, AlgorithmIdentifiers.RSA_PSS_USING_SHA256, AlgorithmIdentifiers.RSA_PSS_USING_SHA384,
            AlgorithmIdentifiers.RSA_PSS_USING_SHA512, AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256,
            AlgorithmIdentifiers.ECDSA_USING_P384_CURVE_AND_SHA384, AlgorithmIdentifiers.ECDSA_USING_P521_CURVE_AND_SHA512);

    void install(@Observes StartupEvent start) {
        install(AlgorithmFactoryFactory.getInstance().getJwsAlgorithmFactory());
    }

    /** Puts a remembering check in front of each public-key algorithm the factory has (once: a second call keeps it). */
    static void install(AlgorithmFactory<JsonWebSignatureAlgorithm> factory) {
        for (String id : ALGORITHMS) {
            try {
                JsonWebSignatureAlgorithm algorithm = factory.getAlgorithm(id);
                if (!(algorithm instanceof Remembering)) {
                    factory.registerAlgorithm(new Remembering(algorithm));
                }
            } catch (InvalidAlgorithmException unavailable) {
                // not offered by this JVM's providers: nothing to put in front of
            }
        }
    }

    /** An algorithm's signature check, remembered when it passed. */
    static final class Remembering implements JsonWebSignatureAlgorithm {

        private final JsonWebSignatureAlgorithm checked;
        private final Map<ByteBuffer, Passed> passed = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<ByteBuffer, Passed> eldest) {
                return size() > KEPT;
            }
        };

        Remembering(JsonWebSignatureAlgorithm checked) {
            this.checked = checked;
        }

        /** A signature that passed: with which key, over which bytes (as their SHA-256, so a session costs little). */
        private record Passed(Key key, byte[] signedDigest) {

            boolean matches(Key other, byte[] digest) {
                return (key == other || key.equals(other)) && MessageDigest.isEqual(signedDigest, digest);
            }
        }

        @Override
        public boolean verifySignature(byte[] signature, Key key, byte[] signed, ProviderContext context) throws JoseException {
            byte[] digest = sha256(signed);
            Passed before;
            synchronized (passed) {
                before = passed.get(ByteBuffer.wrap(signature));
            }
            if (before != null && before.matches(key, digest)) {
                return true;
            }
            boolean valid = checked.verifySignature(signature, key, signed, context);
            if (valid) {
                synchronized (passed) {
                    passed.put(ByteBuffer.wrap(signature.clone()), new Passed(key, digest));
                }
            }
            return valid;
        }

        int remembered() {
            synchronized (passed) {
                return passed.size();
            }
        }

        private static byte[] sha256(byte[] bytes) {
            try {
                return MessageDigest.getInstance("SHA-256").digest(bytes);
            } catch (NoSuchAlgorithmException never) {
                throw new IllegalStateException("every Java runtime has SHA-256", never);
            }
        }

        @Override
        public CryptoPrimitive prepareForSign(Key key, ProviderContext context) throws JoseException {
            return checked.prepareForSign(key, context);
        }

        @Override
        public byte[] sign(CryptoPrimitive primitive, byte[] signed) throws JoseException {
            return checked.sign(primitive, signed);
        }

        @Override
        public void validateSigningKey(Key key) throws InvalidKeyException {
            checked.validateSigningKey(key);
        }

        @Override
        public void validateVerificationKey(Key key) throws InvalidKeyException {
            checked.validateVerificationKey(key);
        }

        @Override
        public String getJavaAlgorithm() {
            return checked.getJavaAlgorithm();
        }

        @Override
        public String getAlgorithmIdentifier() {
            return checked.getAlgorithmIdentifier();
        }

        @Override
        public KeyPersuasion getKeyPersuasion() {
            return checked.getKeyPersuasion();
        }

        @Override
        public String getKeyType() {
            return checked.getKeyType();
        }

        @Override
        public boolean isAvailable() {
            return checked.isAvailable();
        }
    }
}
