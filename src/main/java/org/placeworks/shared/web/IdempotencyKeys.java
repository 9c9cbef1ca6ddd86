package org.placeworks.shared.web;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.UUID;

/**
 * A fresh idempotency key for each create form as it is drawn (templates reach it as
 * {@code inject:idempotency.newKey}, through the {@code idempotencyKey} tag): the form's submissions
 * share it, so a second click replays the first one's answer instead of making a second record.
 */
@Named("idempotency")
@ApplicationScoped
public class IdempotencyKeys {

    /** The name of the hidden form field; API clients send the {@value #HEADER} header instead. */
    public static final String FIELD = "idempotency-key";
    public static final String HEADER = "Idempotency-Key";

    /**
     * Whose a key is: the name the request is made under, or one name for everyone not signed in (a resident's report
     * form). The database holds each kept answer to its owner (V47).
     */
    public static String ownerOf(SecurityIdentity identity) {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    public String getNewKey() {
        return UUID.randomUUID().toString();
    }
}
