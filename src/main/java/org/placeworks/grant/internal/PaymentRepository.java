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

    /** Payments of these requests: one array parameter however many requests (never one parameter each). */
    @SuppressWarnings("unchecked")
    public List<Payment> ofRequests(Collection<UUID> requestIds) {
        return requestIds.isEmpty() ? List.of() : getEntityManager().createNativeQuery(
                "select * from grant_payment where request_id = any(:ids)", Payment.class)
                .setParameter("ids", requestIds.toArray(UUID[]::new)).getResultList();
    }

    @SuppressWarnings("unchecked")
    public List<Payment> paidBetween(Collection<UUID> requestIds, LocalDate from, LocalDate to) {
        return requestIds.isEmpty() ? List.of() : getEntityManager().createNativeQuery(
                "select * from grant_payment where request_id = any(:ids) and paid_on >= :from and paid_on <= :to order by paid_on",
                Payment.class).setParameter("ids", requestIds.toArray(UUID[]::new)).setParameter("from", from)
                .setParameter("to", to).getResultList();
    }
}
