package org.placeworks.caf.internal;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.placeworks.caf.CaseStatus;

@ApplicationScoped
public class CafCaseRepository implements PanacheRepositoryBase<CafCase, UUID> {

    public List<CafCase> openForFamily(UUID familyId) {
        return list("familyId = ?1 and status <> ?2", Sort.by("referredOn"), familyId, CaseStatus.CLOSED);
    }

    public List<CafCase> forFamily(UUID familyId) {
        return list("familyId", Sort.by("referredOn").descending(), familyId);
    }

    /** Cases a member of staff works on: as lead professional, on the current team, or as the referrer awaiting consent. */
    public List<CafCase> workedOnBy(UUID staffId, String username) {
        return list("select distinct c from CafCase c left join c.team t"
                + " where c.leadProfessionalId = ?1 or (t.staffId = ?1 and t.leftOn is null)"
                + " or (c.createdBy = ?2 and c.status = ?3)", staffId, username, CaseStatus.AWAITING_CONSENT);
    }

    public List<CafCase> withChild(UUID personId) {
        return list("select c from CafCase c join c.children child where child = ?1", personId);
    }

    public List<CafCase> all(CaseStatus status) {
        return status == null ? listAll(Sort.by("referredOn").descending()) : list("status", Sort.by("referredOn").descending(), status);
    }

    /** The next case number: a database sequence, so that two referrals at once never share a reference. */
    public long nextNumber() {
        return ((Number) getEntityManager().createNativeQuery("select nextval('caf_case_number')").getSingleResult()).longValue();
    }
}
