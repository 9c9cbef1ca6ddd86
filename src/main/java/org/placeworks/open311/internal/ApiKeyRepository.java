package org.placeworks.open311.internal;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ApiKeyRepository implements PanacheRepositoryBase<ApiKey, UUID> {

    /** Keys still in use first, then by client and when issued. */
    public List<ApiKey> all() {
        return find("order by case when revokedAt is null then 0 else 1 end, clientName, createdAt desc").list();
    }

    public Optional<ApiKey> byHash(byte[] hash) {
        return find("keyHash", (Object) hash).firstResultOptional();
    }
}
