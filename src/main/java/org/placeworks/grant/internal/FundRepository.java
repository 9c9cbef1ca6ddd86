package org.placeworks.grant.internal;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class FundRepository implements PanacheRepositoryBase<Fund, UUID> {

    /** The fund with its row locked until the transaction ends: approvals against it queue here. */
    public Optional<Fund> lockedForAward(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public List<Fund> all() {
        return listAll(Sort.by("yearStart").descending().and("name"));
    }

    public List<Fund> ofYear(int yearStart) {
        return list("yearStart", Sort.by("name"), yearStart);
    }
}
