package org.placeworks.caf.internal;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class SignOffPolicyRepository implements PanacheRepositoryBase<SignOffPolicy, UUID> {

    /** The service's policy; the default (every step signed off) when it has never set one. */
    public SignOffPolicy of(UUID serviceId) {
        return findByIdOptional(serviceId).orElseGet(() -> new SignOffPolicy(serviceId));
    }
}
