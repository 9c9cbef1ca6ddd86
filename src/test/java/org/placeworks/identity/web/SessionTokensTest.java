package org.placeworks.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.oidc.AuthorizationCodeTokens;
import io.quarkus.oidc.OidcRequestContext;
import io.quarkus.oidc.OidcTenantConfig;
import io.quarkus.oidc.TokenStateManager;
import io.quarkus.security.AuthenticationFailedException;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The session's tokens are decrypted once per session cookie, and never answered for a cookie other than the one that
 * held them. The cookie itself stands in for the framework's encrypted cookie: "sealed:X" holds the tokens of X, and
 * anything else does not decrypt.
 */
class SessionTokensTest {

    private final SealedCookies cookies = new SealedCookies();
    private long now = 1_000_000_000L;
    private final SessionTokens tokens = new SessionTokens(cookies, () -> now);
    private final OidcTenantConfig web = tenant("web", false);

    /**
     * The framework encrypts each token on its own before handing it to any token state manager that is not its default
     * one, and decrypts each again on every request: the cookie's tokens would be encrypted twice.
     */
    @Test
    void theFrameworkTakesItForItsDefaultCookieAndSoEncryptsTheTokensOnlyOnce() {
        TokenStateManager asTheFrameworkSeesIt = tokens;
        assertThat(asTheFrameworkSeesIt).isInstanceOf(io.quarkus.oidc.runtime.DefaultTokenStateManager.class);
    }

    @Test
    void aSessionsCookieIsDecryptedOnceForManyRequests() {
        assertThat(read("sealed:frontline").getIdToken()).isEqualTo("id-frontline");
        assertThat(read("sealed:frontline").getAccessToken()).isEqualTo("access-frontline");
        assertThat(read("sealed:frontline").getRefreshToken()).isEqualTo("refresh-frontline");

        assertThat(cookies.decrypted).containsExactly("sealed:frontline");
    }

    @Test
    void eachCookieAnswersOnlyItsOwnTokens() {
        assertThat(read("sealed:frontline").getIdToken()).isEqualTo("id-frontline");
        assertThat(read("sealed:manager").getIdToken()).isEqualTo("id-manager");
        assertThat(read("sealed:frontline").getIdToken()).isEqualTo("id-frontline");

        assertThat(cookies.decrypted).containsExactly("sealed:frontline", "sealed:manager");
    }

    @Test
    void eachRequestGetsItsOwnCopyToChange() {
        read("sealed:frontline").setIdToken("changed by the first request");
        read("sealed:frontline").setIdToken("changed by the second request");

        assertThat(read("sealed:frontline").getIdToken()).isEqualTo("id-frontline");
    }

    @Test
    void aCookieThatDoesNotDecryptIsRefusedEveryTime() {
        assertThatThrownBy(() -> read("forged:frontline")).isInstanceOf(AuthenticationFailedException.class);
        assertThatThrownBy(() -> read("forged:frontline")).isInstanceOf(AuthenticationFailedException.class);

        assertThat(cookies.decrypted).containsExactly("forged:frontline", "forged:frontline");
    }

    @Test
    void signingOutForgetsTheSession() {
        read("sealed:frontline");
        tokens.deleteTokens(null, web, "sealed:frontline", null).await().indefinitely();
        read("sealed:frontline");

        assertThat(cookies.decrypted).containsExactly("sealed:frontline", "sealed:frontline");
    }

    @Test
    void aSessionIsKeptFiveMinutesAtMost() {
        read("sealed:frontline");
        now += SessionTokens.KEPT_FOR.toNanos();
        read("sealed:frontline");
        now += 1;
        read("sealed:frontline");

        assertThat(cookies.decrypted).containsExactly("sealed:frontline", "sealed:frontline");
    }

    @Test
    void onlyTheMostRecentlyUsedSessionsAreKept() {
        read("sealed:first");
        for (int i = 0; i < SessionTokens.KEPT_SESSIONS - 1; i++) {
            read("sealed:" + i);
        }
        read("sealed:first");
        read("sealed:one more");
        read("sealed:first");
        assertThat(cookies.decrypted).hasSize(SessionTokens.KEPT_SESSIONS + 1);

        read("sealed:0");
        assertThat(cookies.decrypted).hasSize(SessionTokens.KEPT_SESSIONS + 2).endsWith("sealed:0");
    }

    @Test
    void anotherTenantsCookieOfTheSameValueIsDecryptedWithItsOwnKey() {
        read("sealed:frontline");
        tokens.getTokens(null, tenant("other", false), "sealed:frontline", null).await().indefinitely();

        assertThat(cookies.decrypted).containsExactly("sealed:frontline", "sealed:frontline");
    }

    @Test
    void aNewSessionsCookieIsKnownFromItsFirstRequest() {
        String state = tokens.createTokenState(null, web,
                new AuthorizationCodeTokens("id-new", "access-new", "refresh-new", 300L, null), null).await().indefinitely();

        assertThat(read(state).getAccessToken()).isEqualTo("access-new");
        assertThat(cookies.decrypted).isEmpty();
    }

    @Test
    void tokensSplitAcrossCookiesAreAlwaysReadFromThem() {
        OidcTenantConfig split = tenant("web", true);
        tokens.getTokens(null, split, "sealed:frontline", null).await().indefinitely();
        tokens.getTokens(null, split, "sealed:frontline", null).await().indefinitely();

        assertThat(cookies.decrypted).containsExactly("sealed:frontline", "sealed:frontline");
    }

    private AuthorizationCodeTokens read(String cookie) {
        return tokens.getTokens(null, web, cookie, null).await().indefinitely();
    }

    private static OidcTenantConfig tenant(String id, boolean splitTokens) {
        return OidcTenantConfig.builder().tenantId(id).tokenStateManager().splitTokens(splitTokens).end().build();
    }

    /** The framework's cookie, sealed as "sealed:" and the session's name; counts what it had to decrypt. */
    private static final class SealedCookies implements TokenStateManager {

        final List<String> decrypted = new ArrayList<>();

        @Override
        public Uni<String> createTokenState(RoutingContext request, OidcTenantConfig config, AuthorizationCodeTokens tokens,
                OidcRequestContext<String> context) {
            return Uni.createFrom().item("sealed:" + tokens.getIdToken().substring("id-".length()));
        }

        @Override
        public Uni<AuthorizationCodeTokens> getTokens(RoutingContext request, OidcTenantConfig config, String state,
                OidcRequestContext<AuthorizationCodeTokens> context) {
            decrypted.add(state);
            if (!state.startsWith("sealed:")) {
                return Uni.createFrom().failure(new AuthenticationFailedException("the session cookie does not decrypt"));
            }
            String who = state.substring("sealed:".length());
            return Uni.createFrom().item(new AuthorizationCodeTokens("id-" + who, "access-" + who, "refresh-" + who, 300L, null));
        }

        @Override
        public Uni<Void> deleteTokens(RoutingContext request, OidcTenantConfig config, String state,
                OidcRequestContext<Void> context) {
            return Uni.createFrom().voidItem();
        }
    }
}
