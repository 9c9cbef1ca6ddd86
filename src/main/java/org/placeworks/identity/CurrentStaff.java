package org.placeworks.identity;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.placeworks.shared.web.IdempotencyKeys;

/** The member of staff making this request, as Keycloak vouches for them. */
@RequestScoped
public class CurrentStaff {

    @Inject
    SecurityIdentity identity;

    public boolean signedIn() {
        return !identity.isAnonymous();
    }

    /** The Keycloak user name; "system" for work nobody signed in for (start-up, scheduled jobs). */
    public String username() {
        return identity.isAnonymous() ? "system" : identity.getPrincipal().getName();
    }

    /** Whose the idempotency keys this request sends are, signed in or not (shared.web.IdempotencyKeys). */
    public String keyOwner() {
        return IdempotencyKeys.ownerOf(identity);
    }

    public String displayName() {
        if (identity.getPrincipal() instanceof JsonWebToken token && token.getClaim("name") != null) {
            return token.getClaim("name").toString();
        }
        return username();
    }

    public boolean has(String role) {
        return identity.hasRole(role);
    }

    public Set<String> roles() {
        return new TreeSet<>(identity.getRoles());
    }
}
