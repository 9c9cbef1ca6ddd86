package org.placeworks.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.Key;
import java.util.Base64;
import org.jose4j.jca.ProviderContext;
import org.jose4j.jwa.AlgorithmFactory;
import org.jose4j.jwa.AlgorithmFactoryFactory;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jws.JsonWebSignatureAlgorithm;
import org.jose4j.jws.RsaUsingShaAlgorithm;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.lang.JoseException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A signature check that passed is answered again without the arithmetic, but only for the same key and the same
 * signed bytes; anything changed is checked afresh, a failed check is never remembered, and a token's claims (its
 * expiry) are still checked every time.
 */
class CheckedSignaturesTest {

    private static RsaJsonWebKey keycloak;
    private static RsaJsonWebKey another;

    private final CountedRsaSha256 rsa = new CountedRsaSha256();
    private final CheckedSignatures.Remembering remembering = new CheckedSignatures.Remembering(rsa);

    @BeforeAll
    static void keys() throws JoseException {
        keycloak = RsaJwkGenerator.generateJwk(2048);
        another = RsaJwkGenerator.generateJwk(2048);
    }

    @Test
    void aSignatureThatPassedIsNotCheckedAgainForTheSameKeyAndBytes() throws Exception {
        Token token = Token.of(signed("frontline", keycloak));

        assertThat(remembering.verifySignature(token.signature, keycloak.getPublicKey(), token.signed, null)).isTrue();
        assertThat(remembering.verifySignature(token.signature, keycloak.getPublicKey(), token.signed, null)).isTrue();
        assertThat(remembering.verifySignature(token.signature.clone(), keycloak.getPublicKey(), token.signed.clone(), null)).isTrue();

        assertThat(rsa.checks).isEqualTo(1);
    }

    @Test
    void theSameSignatureOverChangedClaimsIsCheckedAgainAndRefused() throws Exception {
        Token token = Token.of(signed("frontline", keycloak));
        remembering.verifySignature(token.signature, keycloak.getPublicKey(), token.signed, null);

        Token forged = token.withClaims(token.claims().replace("\"frontline\"", "\"admin\""));

        assertThat(remembering.verifySignature(forged.signature, keycloak.getPublicKey(), forged.signed, null)).isFalse();
        assertThat(rsa.checks).isEqualTo(2);
        assertThat(remembering.verifySignature(token.signature, keycloak.getPublicKey(), token.signed, null)).isTrue();
        assertThat(rsa.checks).isEqualTo(2);
    }

    @Test
    void theSameSignatureAndBytesUnderAnotherKeyAreCheckedAgainAndRefused() throws Exception {
        Token token = Token.of(signed("frontline", keycloak));
        remembering.verifySignature(token.signature, keycloak.getPublicKey(), token.signed, null);

        assertThat(remembering.verifySignature(token.signature, another.getPublicKey(), token.signed, null)).isFalse();
        assertThat(rsa.checks).isEqualTo(2);
    }

    @Test
    void aSignatureThatFailedIsNeverRemembered() throws Exception {
        Token token = Token.of(signed("frontline", another));

        assertThat(remembering.verifySignature(token.signature, keycloak.getPublicKey(), token.signed, null)).isFalse();
        assertThat(remembering.verifySignature(token.signature, keycloak.getPublicKey(), token.signed, null)).isFalse();

        assertThat(rsa.checks).isEqualTo(2);
        assertThat(remembering.remembered()).isZero();
    }

    @Test
    void atMostTheMostRecentChecksAreKept() throws Exception {
        Token first = Token.of(signed("person-0", keycloak));
        remembering.verifySignature(first.signature, keycloak.getPublicKey(), first.signed, null);
        for (int i = 1; i <= CheckedSignatures.KEPT; i++) {
            Token token = Token.of(signed("person-" + i, keycloak));
            remembering.verifySignature(token.signature, keycloak.getPublicKey(), token.signed, null);
        }

        assertThat(remembering.remembered()).isEqualTo(CheckedSignatures.KEPT);
        int before = rsa.checks;
        remembering.verifySignature(first.signature, keycloak.getPublicKey(), first.signed, null);
        assertThat(rsa.checks).as("the oldest was forgotten, so it is checked again").isEqualTo(before + 1);
    }

    /** Installed as the OIDC extension finds it: through jose4j's own factory, where a token's claims are still checked. */
    @Test
    void anExpiredTokenIsRefusedThoughItsSignatureWasRemembered() throws Exception {
        String token = signed("frontline", keycloak);
        JwtConsumerBuilder consumer = new JwtConsumerBuilder().setVerificationKey(keycloak.getPublicKey())
                .setRequireExpirationTime().setExpectedAudience("placeworks-web");

        JwtClaims claims = consumer.setEvaluationTime(NumericDate.now()).build().processToClaims(token);
        assertThat(claims.getSubject()).isEqualTo("frontline");

        NumericDate later = NumericDate.now();
        later.addSeconds(3_600);
        assertThatThrownBy(() -> consumer.setEvaluationTime(later).build().processToClaims(token))
                .isInstanceOfSatisfying(InvalidJwtException.class, refused -> assertThat(refused.hasExpired()).isTrue());
        assertThat(installed().remembered()).isPositive();
    }

    @Test
    void installingTwiceKeepsOneRememberingCheck() throws Exception {
        AlgorithmFactory<JsonWebSignatureAlgorithm> factory = AlgorithmFactoryFactory.getInstance().getJwsAlgorithmFactory();
        JsonWebSignatureAlgorithm first = factory.getAlgorithm(AlgorithmIdentifiers.RSA_USING_SHA256);

        CheckedSignatures.install(factory);

        assertThat(factory.getAlgorithm(AlgorithmIdentifiers.RSA_USING_SHA256)).isSameAs(first);
    }

    private static JsonWebSignatureAlgorithm original;

    @BeforeAll
    static void install() throws Exception {
        AlgorithmFactory<JsonWebSignatureAlgorithm> factory = AlgorithmFactoryFactory.getInstance().getJwsAlgorithmFactory();
        original = factory.getAlgorithm(AlgorithmIdentifiers.RSA_USING_SHA256);
        CheckedSignatures.install(factory);
    }

    @AfterAll
    static void putBack() {
        if (!(original instanceof CheckedSignatures.Remembering)) {
            AlgorithmFactoryFactory.getInstance().getJwsAlgorithmFactory().registerAlgorithm(original);
        }
    }

    private static CheckedSignatures.Remembering installed() throws Exception {
        return (CheckedSignatures.Remembering) AlgorithmFactoryFactory.getInstance().getJwsAlgorithmFactory()
                .getAlgorithm(AlgorithmIdentifiers.RSA_USING_SHA256);
    }

    private static String signed(String subject, RsaJsonWebKey key) throws JoseException {
        JwtClaims claims = new JwtClaims();
        claims.setSubject(subject);
        claims.setClaim("preferred_username", subject);
        claims.setAudience("placeworks-web");
        claims.setExpirationTimeMinutesInTheFuture(5);
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key.getPrivateKey());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        return jws.getCompactSerialization();
    }

    /** A compact token's parts as jose4j checks them: the signature over "header.claims". */
    private record Token(String header, String claimsPart, byte[] signature, byte[] signed) {

        static Token of(String compact) {
            String[] parts = compact.split("\\.");
            return new Token(parts[0], parts[1], Base64.getUrlDecoder().decode(parts[2]),
                    (parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        }

        String claims() {
            return new String(Base64.getUrlDecoder().decode(claimsPart), StandardCharsets.UTF_8);
        }

        Token withClaims(String claims) {
            String encoded = Base64.getUrlEncoder().withoutPadding().encodeToString(claims.getBytes(StandardCharsets.UTF_8));
            return new Token(header, encoded, signature, (header + "." + encoded).getBytes(StandardCharsets.US_ASCII));
        }
    }

    /** The real RS256 check, counted. */
    private static final class CountedRsaSha256 extends RsaUsingShaAlgorithm.RsaSha256 {
        int checks;

        @Override
        public boolean verifySignature(byte[] signature, Key key, byte[] signed, ProviderContext context) throws JoseException {
            checks++;
            return super.verifySignature(signature, key, signed, context == null ? new ProviderContext() : context);
        }
    }
}
