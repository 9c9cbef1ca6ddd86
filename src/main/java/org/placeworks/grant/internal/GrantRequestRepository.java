package org.placeworks.grant.internal;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.placeworks.grant.RequestStatus;

@ApplicationScoped
public class GrantRequestRepository implements PanacheRepositoryBase<GrantRequest, UUID> {

    /** What a family has been awarded from funds of the same financial year (approved or paid). */
    public long awardedToFamily(UUID familyId, int yearStart) {
        Number sum = getEntityManager().createQuery("select coalesce(sum(r.approvedPence), 0) from GrantRequest r, Fund f"
                + " where r.fundId = f.id and f.yearStart = :year and r.familyId = :family and r.status in :statuses", Number.class)
                .setParameter("year", yearStart).setParameter("family", familyId)
                .setParameter("statuses", List.of(RequestStatus.APPROVED, RequestStatus.PAID)).getSingleResult();
        return sum.longValue();
    }

    public List<GrantRequest> ofFund(UUID fundId) {
        return list("fundId", Sort.by("requestedAt").descending(), fundId);
    }

    public List<GrantRequest> ofCase(UUID caseId) {
        return list("caseId", Sort.by("requestedAt").descending(), caseId);
    }

    /** Requests on a case from these funds (those the reader may see). */
    public List<GrantRequest> ofCase(UUID caseId, java.util.Collection<UUID> fundIds) {
        return fundIds.isEmpty() ? List.of()
                : list("caseId = ?1 and fundId in ?2", Sort.by("requestedAt").descending(), caseId, fundIds);
    }

    public List<GrantRequest> awaitingDecision(java.util.Collection<UUID> fundIds) {
        return fundIds.isEmpty() ? List.of()
                : list("status = ?1 and fundId in ?2", Sort.by("requestedAt"), RequestStatus.AWAITING_DECISION, fundIds);
    }

    /** Approved awards not yet paid that were decided before this day, oldest first: those due to lapse. */
    public List<GrantRequest> unpaidDecidedBefore(java.time.LocalDate day) {
        return list("status = ?1 and decidedOn < ?2", Sort.by("decidedOn"), RequestStatus.APPROVED, day);
    }

    /** Approved awards not yet paid, in these funds, oldest decision first. */
    public List<GrantRequest> awaitingPayment(java.util.Collection<UUID> fundIds) {
        return fundIds.isEmpty() ? List.of()
                : list("status = ?1 and fundId in ?2", Sort.by("decidedOn").and("requestedAt"), RequestStatus.APPROVED, fundIds);
    }
}
