package org.placeworks.identity;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableContext;
import io.quarkus.arc.ManagedContext;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Work done with nobody signed in (loading the demo place at start-up) done as a named member of
 * staff, so that it passes through the same access rules, audit and boundary checks as their own
 * work. Each run gets a request of its own: what a request remembers about who is asking (their
 * coverage) never leaks from one person to the next.
 */
@ApplicationScoped
public class ActingAs {

    public void run(String username, Set<String> roles, Runnable work) {
        call(username, roles, () -> {
            work.run();
            return null;
        });
    }

    public <T> T call(String username, Set<String> roles, Supplier<T> work) {
        ManagedContext requests = Arc.container().requestContext();
        InjectableContext.ContextState outer = requests.isActive() ? requests.getState() : null;
        if (outer != null) {
            requests.deactivate();
        }
        requests.activate();
        try {
            Arc.container().instance(CurrentIdentityAssociation.class).get().setIdentity(QuarkusSecurityIdentity.builder()
                    .setPrincipal(new QuarkusPrincipal(username)).addRoles(roles).build());
            return work.get();
        } finally {
            requests.terminate();
            if (outer != null) {
                requests.activate(outer);
            }
        }
    }
}
