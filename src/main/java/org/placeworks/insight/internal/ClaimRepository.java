package org.placeworks.insight.internal;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.placeworks.caf.ClosureReason;
import org.placeworks.caf.HeadlineOutcome;
import org.placeworks.caf.NeedOutcome;

/**
 * Claims, and the facts a claim is judged on: read-only from caf's case and needs tables (with insight's own
 * sustainment checks), for the recorded checks of the given services not yet claimed.
 */
@ApplicationScoped
public class ClaimRepository implements PanacheRepositoryBase<Claim, UUID> {

    /** A recorded check's case, as a claim needs it. */
    public record CaseFacts(UUID caseId, String reference, UUID familyId, UUID owningServiceId, boolean leadProfessional,
            LocalDate assessmentCompletedOn, ClosureReason closureReason, LocalDate closedOn, java.time.Instant checkRecordedAt,
            List<NeedFacts> needs) {
    }

    /** A need of the case; {@code held} and {@code evidence} from its sustainment check. */
    public record NeedFacts(HeadlineOutcome headline, String description, NeedOutcome outcome, boolean planned, Boolean held,
            String evidence) {
    }

    /** Families already claimed in the window starting on this day. */
    public Set<UUID> familiesClaimedIn(LocalDate windowStart) {
        return new HashSet<>(find("windowStart", windowStart).stream().map(Claim::familyId).toList());
    }

    /** The cases of recorded sustainment checks, of these services (or all), that have not been claimed; oldest check first. */
    @SuppressWarnings("unchecked")
    public List<CaseFacts> unclaimedRecorded(boolean all, Collection<UUID> services) {
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                select k.case_id, k.case_reference, k.family_id, k.owning_service_id, c.lead_professional_id is not null,
                    c.assessment_completed_on, c.closure_reason, c.closed_on, k.recorded_at
                from insight_sustainment_check k join caf_case c on c.id = k.case_id
                where k.recorded_at is not null and (:all = true or k.owning_service_id = any(:services))
                    and not exists (select 1 from insight_claim cl where cl.case_id = k.case_id)
                order by k.recorded_at, k.case_reference""")
                .setParameter("all", all).setParameter("services", services.toArray(UUID[]::new))
                .getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<NeedFacts>> needs = needs(rows.stream().map(r -> (UUID) r[0]).toList());
        List<CaseFacts> facts = new ArrayList<>();
        for (Object[] r : rows) {
            UUID caseId = (UUID) r[0];
            facts.add(new CaseFacts(caseId, (String) r[1], (UUID) r[2], (UUID) r[3], (Boolean) r[4], date(r[5]),
                    r[6] == null ? null : ClosureReason.valueOf((String) r[6]), date(r[7]), instant(r[8]),
                    needs.getOrDefault(caseId, List.of())));
        }
        return facts;
    }

    @SuppressWarnings("unchecked")
    private Map<UUID, List<NeedFacts>> needs(List<UUID> caseIds) {
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                select n.case_id, n.headline, n.description, n.outcome,
                    (n.goal is not null or exists (select 1 from caf_action a where a.need_id = n.id)), o.held, o.evidence
                from caf_need n
                    left join insight_sustainment_check k on k.case_id = n.case_id
                    left join insight_sustainment_outcome o on o.check_id = k.id and o.need_id = n.id
                where n.case_id = any(:cases)
                order by n.case_id, n.position""").setParameter("cases", caseIds.toArray(UUID[]::new)).getResultList();
        Map<UUID, List<NeedFacts>> byCase = new LinkedHashMap<>();
        for (Object[] r : rows) {
            byCase.computeIfAbsent((UUID) r[0], k -> new ArrayList<>()).add(new NeedFacts(HeadlineOutcome.valueOf((String) r[1]),
                    (String) r[2], r[3] == null ? null : NeedOutcome.valueOf((String) r[3]), (Boolean) r[4], (Boolean) r[5],
                    (String) r[6]));
        }
        return byCase;
    }

    private static LocalDate date(Object o) {
        return org.placeworks.shared.SqlValues.localDate(o);
    }

    private static java.time.Instant instant(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof Timestamp t) {
            return t.toInstant();
        }
        if (o instanceof java.time.OffsetDateTime t) {
            return t.toInstant();
        }
        return (java.time.Instant) o;
    }
}
