package org.placeworks.grant.internal;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PaymentRepository implements PanacheRepositoryBase<Payment, UUID> {

    public Optional<Payment> ofRequest(UUID requestId) {
        return find("requestId", requestId).firstResultOptional();
    }

    public List<Payment> ofRequests(Collection<UUID> requestIds) {
        return requestIds.isEmpty() ? List.of() : list("requestId in ?1", requestIds);
    }

    public List<Payment> paidBetween(Collection<UUID> requestIds, LocalDate from, LocalDate to) {
        return requestIds.isEmpty() ? List.of()
                : list("requestId in ?1 and paidOn >= ?2 and paidOn <= ?3 order by paidOn", requestIds, from, to);
    }
}
