package org.placeworks.identity.web;

import io.quarkus.oidc.AuthorizationCodeTokens;
import io.quarkus.oidc.OidcRequestContext;
import io.quarkus.oidc.OidcTenantConfig;
import io.quarkus.oidc.TokenStateManager;
import io.quarkus.oidc.runtime.DefaultTokenStateManager;
import io.quarkus.oidc.runtime.OidcUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * A signed-in session's tokens, decrypted from its session cookie once and not again on each of its requests.
 * Decrypting the cookie (key unwrap, AES-GCM, base64 and JSON) took about 6% of the app's CPU on a case page and a
 * sixth of all it allocated (docs/performance.md). The cookie is authenticated encryption, so the
 * same cookie always holds the same tokens: they are kept under the cookie's exact value, and a cookie that does not
 * decrypt is never kept. Everything else is unchanged: the framework still checks the tokens' signatures and expiry,
 * refreshes them and honours Keycloak's back-channel sign-out on every request.
 * <p>
 * Bounded: the {@value #KEPT_SESSIONS} most recently used sessions, each for at most {@link #KEPT_FOR}, so decrypted
 * tokens of a session that went quiet do not stay in memory; signing out forgets the session at once.
 * <p>
 * It is a {@link DefaultTokenStateManager} (the cookie is the default one's, made by it): for any other kind of token
 * state manager the framework encrypts each token on its own before handing them over, and decrypts each again on
 * every request, as well as the cookie.
 */
@ApplicationScoped
@Alternative
@Priority(1)
public class SessionTokens extends DefaultTokenStateManager {

    static final int KEPT_SESSIONS = 512;
    static final Duration KEPT_FOR = Duration.ofMinutes(5);

    private final TokenStateManager cookie;
    private final LongSupplier nanoTime;
    private final Map<Key, Kept> kept = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Kept> eldest) {
            return size() > KEPT_SESSIONS;
        }
    };

    SessionTokens() {
        this(new DefaultTokenStateManager(), System::nanoTime);
    }

    SessionTokens(TokenStateManager cookie, LongSupplier nanoTime) {
        this.cookie = cookie;
        this.nanoTime = nanoTime;
    }

    /** A session cookie's value under the tenant whose key encrypted it. */
    private record Key(String tenant, String state) {
    }

    private record Kept(AuthorizationCodeTokens tokens, long at) {
    }

    @Override
    public Uni<String> createTokenState(RoutingContext request, OidcTenantConfig config, AuthorizationCodeTokens tokens,
            OidcRequestContext<String> context) {
        AuthorizationCodeTokens signedIn = copy(tokens);
        return cookie.createTokenState(request, config, tokens, context).invoke(state -> keep(config, state, signedIn));
    }

    @Override
    public Uni<AuthorizationCodeTokens> getTokens(RoutingContext request, OidcTenantConfig config, String state,
            OidcRequestContext<AuthorizationCodeTokens> context) {
        if (config.tokenStateManager().splitTokens()) {
            // The cookie then holds the ID token only; the others come from cookies of their own.
            return cookie.getTokens(request, config, state, context);
        }
        AuthorizationCodeTokens known = known(config, state);
        if (known != null) {
            return Uni.createFrom().item(known);
        }
        return cookie.getTokens(request, config, state, context).map(tokens -> asWritten(request, config, tokens))
                .invoke(tokens -> keep(config, state, copy(tokens)));
    }

    /**
     * Until 5 December 2026 this was not a {@link DefaultTokenStateManager}, and the framework encrypted each token on its
     * own inside the cookie: a session signed in before then still holds them so, and is read as it was written (without
     * this, its next request was refused with an empty 401).
     */
    private static AuthorizationCodeTokens asWritten(RoutingContext request, OidcTenantConfig config, AuthorizationCodeTokens tokens) {
        return tokens != null && tokens.getIdToken() != null && OidcUtils.isEncryptedToken(tokens.getIdToken())
                ? OidcUtils.decryptTokens(request, config, tokens)
                : tokens;
    }

    @Override
    public Uni<Void> deleteTokens(RoutingContext request, OidcTenantConfig config, String state,
            OidcRequestContext<Void> context) {
        synchronized (kept) {
            kept.remove(key(config, state));
        }
        return cookie.deleteTokens(request, config, state, context);
    }

    /** A copy of the kept tokens (the framework may change what it is given), or null if none or too old. */
    private AuthorizationCodeTokens known(OidcTenantConfig config, String state) {
        Key key = key(config, state);
        synchronized (kept) {
            Kept found = kept.get(key);
            if (found == null) {
                return null;
            }
            if (nanoTime.getAsLong() - found.at() > KEPT_FOR.toNanos()) {
                kept.remove(key);
                return null;
            }
            return copy(found.tokens());
        }
    }

    private void keep(OidcTenantConfig config, String state, AuthorizationCodeTokens tokens) {
        if (state == null || tokens == null) {
            return;
        }
        synchronized (kept) {
            kept.put(key(config, state), new Kept(tokens, nanoTime.getAsLong()));
        }
    }

    private static Key key(OidcTenantConfig config, String state) {
        return new Key(config.tenantId().orElse(""), state);
    }

    private static AuthorizationCodeTokens copy(AuthorizationCodeTokens tokens) {
        return new AuthorizationCodeTokens(tokens.getIdToken(), tokens.getAccessToken(), tokens.getRefreshToken(),
                tokens.getAccessTokenExpiresIn(), tokens.getAccessTokenScope());
    }
}
