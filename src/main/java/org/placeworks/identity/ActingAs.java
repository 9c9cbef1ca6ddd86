package org.placeworks.identity;

import io.quarkus.arc.Arc;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import java.util.Set;

/**
 * Work done with nobody signed in (loading the demo place at start-up) done as a named member of
 * staff, so that it passes through the same access rules, audit and boundary checks as their own work.
 */
@ApplicationScoped
public class ActingAs {

    @ActivateRequestContext
    public void run(String username, Set<String> roles, Runnable work) {
        QuarkusSecurityIdentity identity = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(username)).addRoles(roles).build();
        Arc.container().instance(CurrentIdentityAssociation.class).get().setIdentity(identity);
        work.run();
    }
}
