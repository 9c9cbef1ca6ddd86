package org.placeworks.grant.internal;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.placeworks.grant.GrantCategory;
import org.placeworks.grant.RequestStatus;

@ApplicationScoped
public class GrantRequestRepository implements PanacheRepositoryBase<GrantRequest, UUID> {

    /** What a family has been awarded from funds of the same financial year (approved or paid). */
    public long awardedToFamily(UUID familyId, int yearStart) {
        Number sum = getEntityManager().createQuery("select coalesce(sum(r.approvedPence), 0) from GrantRequest r, Fund f"
                + " where r.fundId = f.id and f.yearStart = :year and r.familyId = :family and (r.status = :approved or r.status = :paid)",
                Number.class).setParameter("year", yearStart).setParameter("family", familyId)
                .setParameter("approved", RequestStatus.APPROVED).setParameter("paid", RequestStatus.PAID).getSingleResult();
        return sum.longValue();
    }

    /** An award of a fund as its page's breakdowns count it: who, for which need, what kind, how much. */
    public record Award(UUID neighbourhoodId, UUID needId, GrantCategory category, long approvedPence) {
    }

    /**
     * The fund's awards that stand ({@link GrantRequest#awarded}: approved or paid), as values: a fund's page counts
     * all of them, which as entities cost far more to read than the four fields it counts.
     */
    public List<Award> awardsOf(UUID fundId) {
        return getEntityManager().createQuery("select r.neighbourhoodId, r.needId, r.category, r.approvedPence from GrantRequest r"
                + " where r.fundId = :fund and r.approvedPence is not null and (r.status = :approved or r.status = :paid)"
                + " order by r.requestedAt desc", Object[].class)
                .setParameter("fund", fundId).setParameter("approved", RequestStatus.APPROVED)
                .setParameter("paid", RequestStatus.PAID).getResultStream()
                .map(r -> new Award((UUID) r[0], (UUID) r[1], (GrantCategory) r[2], ((Number) r[3]).longValue())).toList();
    }

    public List<GrantRequest> ofFund(UUID fundId) {
        return list("fundId", Sort.by("requestedAt").descending(), fundId);
    }

    /** A grant request on a case with its fund and, once paid, its payment (whose receipt is not read). */
    public record OnCase(GrantRequest request, Fund fund, Payment payment) {
    }

    /**
     * Every request on a case, newest first, each with its fund and payment, in one statement however many there are.
     * The caller keeps those of funds the reader sees ({@link GrantAccess#sees}): a case has a handful, and a list of
     * fund ids bound here would keep Hibernate from reusing the statement's translation (it translates a query with a
     * list parameter afresh at every call).
     */
    public List<OnCase> onCase(UUID caseId) {
        return getEntityManager().createQuery("select r, f, p from GrantRequest r join Fund f on f.id = r.fundId"
                + " left join Payment p on p.requestId = r.id where r.caseId = :case order by r.requestedAt desc", Object[].class)
                .setParameter("case", caseId).getResultList().stream()
                .map(row -> new OnCase((GrantRequest) row[0], (Fund) row[1], (Payment) row[2])).toList();
    }

    public List<GrantRequest> awaitingDecision(java.util.Collection<UUID> fundIds) {
        return inFunds(RequestStatus.AWAITING_DECISION, fundIds, "requested_at, id");
    }

    /** Approved awards not yet paid that were decided before this day, oldest first: those due to lapse. */
    public List<GrantRequest> unpaidDecidedBefore(java.time.LocalDate day) {
        return list("status = ?1 and decidedOn < ?2", Sort.by("decidedOn"), RequestStatus.APPROVED, day);
    }

    /** Approved awards not yet paid, in these funds, oldest decision first. */
    public List<GrantRequest> awaitingPayment(java.util.Collection<UUID> fundIds) {
        return inFunds(RequestStatus.APPROVED, fundIds, "decided_on, requested_at, id");
    }

    /** Requests in this state from these funds: the funds bound as one array (docs/performance.md, shared.ByIds). */
    @SuppressWarnings("unchecked")
    private List<GrantRequest> inFunds(RequestStatus status, java.util.Collection<UUID> fundIds, String order) {
        return fundIds.isEmpty() ? List.of() : getEntityManager().createNativeQuery("select * from grant_request"
                + " where status = :status and fund_id = any(:funds) order by " + order, GrantRequest.class)
                .setParameter("status", status.name()).setParameter("funds", fundIds.toArray(UUID[]::new)).getResultList();
    }
}
