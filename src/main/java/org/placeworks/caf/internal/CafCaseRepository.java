package org.placeworks.caf.internal;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;
import java.util.UUID;
import org.placeworks.caf.CaseStatus;

@ApplicationScoped
public class CafCaseRepository implements PanacheRepositoryBase<CafCase, UUID> {

    private static final String PLAN_ONCE = "caf.plan-once";

    @Inject
    TransactionSynchronizationRegistry transactions;

    /**
     * The case with its children and its consent versions (who gave each, the agencies each names) in one statement,
     * and its team, sign-offs and calls to the referrer in a second: deciding who may see a case reads the consent in
     * force and the team, and read one collection at a time these cost seven. Two statements, not one: each has a few
     * rows per case, and one join of all of them would return the product of their sizes.
     */
    public java.util.Optional<CafCase> forAccessDecision(UUID id) {
        java.util.Optional<CafCase> found = find("select c from CafCase c left join fetch c.children left join fetch c.consents v"
                + " left join fetch v.givers left join fetch v.agencies where c.id = ?1", id).singleResultOptional();
        found.ifPresent(c -> getEntityManager().createQuery("select c from CafCase c left join fetch c.team"
                + " left join fetch c.signOffs left join fetch c.calls where c.id = :id", CafCase.class)
                .setParameter("id", id).getResultList());
        return found;
    }

    /**
     * Reads the case's consent versions, with who gave each and the agencies each names, in one statement, and its
     * reviews with the progress recorded against each need in another: read one collection at a time they cost five.
     * For a view of the whole case; collections already read are left as they are.
     */
    public void readConsentsAndReviews(CafCase kase) {
        if (!org.hibernate.Hibernate.isInitialized(kase.consents)) {
            getEntityManager().createQuery("select c from CafCase c left join fetch c.consents v left join fetch v.givers"
                    + " left join fetch v.agencies where c.id = :id", CafCase.class).setParameter("id", kase.id()).getResultList();
        }
        if (!org.hibernate.Hibernate.isInitialized(kase.reviews)) {
            getEntityManager().createQuery("select c from CafCase c left join fetch c.reviews r left join fetch r.progress"
                    + " where c.id = :id", CafCase.class).setParameter("id", kase.id()).getResultList();
        }
    }

    public List<CafCase> openForFamily(UUID familyId) {
        return list("familyId = ?1 and status <> ?2", Sort.by("referredOn"), familyId, CaseStatus.CLOSED);
    }

    /** The services holding the family's open cases. */
    public java.util.Set<UUID> owningServicesOfOpenCases(UUID familyId) {
        return java.util.Set.copyOf(getEntityManager().createQuery("select distinct c.owningServiceId from CafCase c"
                + " where c.familyId = :family and c.status <> :closed", UUID.class)
                .setParameter("family", familyId).setParameter("closed", CaseStatus.CLOSED).getResultList());
    }

    public List<CafCase> forFamily(UUID familyId) {
        return list("familyId", Sort.by("referredOn").descending(), familyId);
    }

    public List<CafCase> withChild(UUID personId) {
        return list("select c from CafCase c join c.children child where child = ?1", personId);
    }

    /**
     * Ids of the cases the reader sees in full, by {@link CaseRule}, decided in SQL: staff of the owning
     * service whose ground holds the family (through family's read model {@code family_place}); managers
     * of the owning service; the lead professional and current team of an open case while consent is in
     * force and their agency is not refused in its newest version; while an open case is offered to another
     * service, the owning service's staff wherever the family lives and the receiving service's staff whose
     * ground holds the family. {@code mineOnly}: only cases they lead,
     * are on the team of, or referred and still await consent.
     */
    public List<UUID> seenBy(CaseScope scope, boolean mineOnly, CaseStatus status) {
        return seenBy(scope, mineOnly, status, null);
    }

    /** The same, for one family's open cases (the family page and the referral form). */
    public List<UUID> openSeenBy(CaseScope scope, UUID familyId) {
        return seenBy(scope, false, null, familyId);
    }

    @SuppressWarnings("unchecked")
    private List<UUID> seenBy(CaseScope scope, boolean mineOnly, CaseStatus status, UUID familyId) {
        if (scope.nobody()) {
            return List.of();
        }
        Seen seen = seen(scope, mineOnly);
        StringBuilder sql = new StringBuilder("select c.id from caf_case c join family_place fp on fp.family_id = c.family_id where ")
                .append(seen.where());
        java.util.Map<String, Object> params = new java.util.HashMap<>(seen.params());
        if (status != null) {
            sql.append(" and c.status = :status");
            params.put("status", status.name());
        }
        if (familyId != null) {
            sql.append(" and c.family_id = :family and c.status <> 'CLOSED'");
            params.put("family", familyId);
        }
        var query = getEntityManager().createNativeQuery(sql.toString());
        params.forEach(query::setParameter);
        return query.getResultList();
    }

    /** Of these cases, the ids of those the reader sees in full: one array parameter, however many ids. */
    @SuppressWarnings("unchecked")
    public List<UUID> seenAmong(CaseScope scope, java.util.Collection<UUID> caseIds) {
        if (scope.nobody() || caseIds.isEmpty()) {
            return List.of();
        }
        Seen seen = seen(scope, false);
        var query = getEntityManager().createNativeQuery("select c.id from caf_case c join family_place fp on fp.family_id = c.family_id"
                + " where c.id = any(:ids) and " + seen.where());
        seen.params().forEach(query::setParameter);
        query.setParameter("ids", caseIds.toArray(UUID[]::new));
        return query.getResultList();
    }

    /**
     * These cases, in the order given, loaded in one statement whose one parameter is an array of their ids (unknown ids
     * left out). Not Hibernate's multi-load, which builds its SQL afresh at every call.
     */
    public List<CafCase> byIds(java.util.Collection<UUID> caseIds) {
        return org.placeworks.shared.ByIds.read(getEntityManager(), CafCase.class, caseIds);
    }

    /**
     * Statements built on the rule in SQL ({@link #seen}, which calls this for each), with the database's wall on every table they join, took longer
     * to plan than to run (My cases at the large size: 9.7 ms planning, 3.6 ms running; the check of listed ids 2.4 ms
     * and 0.18 ms), and PostgreSQL planned them afresh at every call. For the rest of the current transaction a prepared
     * statement keeps one generic plan (the ground reaches the wall through current_setting, not through the plan). Not set
     * for every statement of the app, whose other plans PostgreSQL chooses well (docs/performance.md). Once a transaction.
     */
    private void planOnce() {
        if (transactions.getTransactionKey() == null || transactions.getResource(PLAN_ONCE) != null) {
            return;
        }
        getEntityManager().createNativeQuery("select set_config('plan_cache_mode', 'force_generic_plan', true)").getSingleResult();
        transactions.putResource(PLAN_ONCE, Boolean.TRUE);
    }

    /**
     * {@link CaseRule}'s full sight as one SQL condition over {@code c} ({@code caf_case}) and {@code fp}
     * ({@code family_place}), with its parameters: written here once, and used for lists of ids, pages of list lines and
     * exports alike. {@code mineOnly}: only cases they lead, are allocated, are on the team of, or referred and still
     * await consent (a case listed only as "mine" must still pass the rule). Every parameter is a single value or a single array, whatever the size of the reader's ground.
     */
    Seen seen(CaseScope scope, boolean mineOnly) {
        return seen(scope, mineOnly, false);
    }

    /** The same; {@code openOnly} lets "My cases" gather only the reader's open cases before the rule is tested. */
    Seen seen(CaseScope scope, boolean mineOnly, boolean openOnly) {
        planOnce();
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        List<String> sees = new java.util.ArrayList<>();
        String notRefused = scope.agencyId() == null ? "" : " and not exists (select 1 from caf_consent_version v"
                + " join caf_consent_version_agency a on a.version_id = v.id where v.case_id = c.id and a.agency_id = :agency"
                + " and not a.allowed and v.number = (select max(n.number) from caf_consent_version n where n.case_id = c.id))";
        // An open case offered to another service awaits its answer: both services see it meanwhile.
        String offered = "exists (select 1 from caf_case_transfer tr where tr.case_id = c.id and tr.status = 'PENDING'"
                + " and c.status <> 'CLOSED'";
        for (int i = 0; i < scope.services().size(); i++) {
            CaseScope.Ground g = scope.services().get(i);
            params.put("s" + i, g.serviceId());
            List<String> ground = new java.util.ArrayList<>();
            if (!g.neighbourhoods().isEmpty()) {
                ground.add("fp.neighbourhood_id = any(:n" + i + ")");
                params.put("n" + i, g.neighbourhoods().toArray(UUID[]::new));
            }
            if (!g.estates().isEmpty()) {
                ground.add("fp.estate_id = any(:e" + i + ")");
                params.put("e" + i, g.estates().toArray(UUID[]::new));
            }
            String inGround = String.join(" or ", ground);
            if (scope.manager()) {
                sees.add("c.owning_service_id = :s" + i);
            } else {
                sees.add("(c.owning_service_id = :s" + i + " and (" + (ground.isEmpty() ? "" : inGround + " or ") + offered + ")))");
            }
            if (!ground.isEmpty()) {
                sees.add("(" + offered + " and tr.to_service_id = :s" + i + ") and (" + inGround + ")" + notRefused + ")");
            }
        }
        sees.add("(c.status <> 'CLOSED' and c.consent_given_on is not null and c.consent_withdrawn_on is null"
                + " and (c.lead_professional_id = :me or exists (select 1 from caf_team_member t where t.case_id = c.id"
                + " and t.staff_id = :me and t.left_on is null))" + notRefused + ")");
        params.put("me", scope.staffId());
        if (scope.agencyId() != null) {
            params.put("agency", scope.agencyId());
        }
        StringBuilder where = new StringBuilder("(").append(String.join(" or ", sees)).append(")");
        if (mineOnly) {
            // Their own cases' ids gathered first, each way through its own index, rather than an OR tested on every
            // case; past the wall (V56: answered only for the request's own person), since each case listed is read
            // through it here.
            where.append(" and c.id in (select placeworks_my_case_ids(").append(openOnly).append(", :me, :username))");
            params.put("username", scope.username());
        }
        return new Seen(where.toString(), java.util.Collections.unmodifiableMap(params));
    }

    /** A condition in SQL and the values of its named parameters. */
    record Seen(String where, java.util.Map<String, Object> params) {
    }

    /** The family's most recent case closed on or after the day, if any: a new request is a re-referral of it. */
    public java.util.Optional<CafCase> lastClosedSince(UUID familyId, java.time.LocalDate since) {
        return find("familyId = ?1 and status = ?2 and closedOn >= ?3", Sort.by("closedOn").descending(), familyId,
                CaseStatus.CLOSED, since).firstResultOptional();
    }

    /** Ids of cases of these services with a closure, step up or step down awaiting sign-off, oldest request first. */
    @SuppressWarnings("unchecked")
    public List<UUID> awaitingSignOff(java.util.Collection<UUID> serviceIds) {
        if (serviceIds.isEmpty()) {
            return List.of();
        }
        return getEntityManager().createNativeQuery("select c.id from caf_case c join caf_sign_off s on s.case_id = c.id"
                + " where s.state = 'AWAITING' and c.owning_service_id = any(:services) order by s.requested_at")
                .setParameter("services", serviceIds.toArray(UUID[]::new)).getResultList();
    }

    /**
     * The calls to referrers waiting for this member of staff, on cases the reader sees in full ({@link #seen}), oldest
     * first: one statement, led by the open calls' index, so only the cases with calls are tested, never every case the
     * reader sees.
     */
    public List<org.placeworks.caf.ReferrerCallTask> openCallsFor(String username, CaseScope scope) {
        if (scope.nobody()) {
            return List.of();
        }
        Seen seen = seen(scope, false);
        var query = getEntityManager().createNativeQuery("select c.id, c.reference, k.about, k.created_on"
                + " from caf_referrer_call k join caf_case c on c.id = k.case_id join family_place fp on fp.family_id = c.family_id"
                + " where k.assigned_to = :assignee and k.done_on is null and " + seen.where() + " order by k.created_on, c.reference");
        seen.params().forEach(query::setParameter);
        query.setParameter("assignee", username);
        List<?> rows = query.getResultList();
        return rows.stream().map(Object[].class::cast).map(r -> new org.placeworks.caf.ReferrerCallTask((UUID) r[0],
                (String) r[1], (String) r[2], org.placeworks.shared.SqlValues.localDate(r[3]))).toList();
    }

    /** The next case number: a database sequence, so that two referrals at once never share a reference. */
    public long nextNumber() {
        return ((Number) getEntityManager().createNativeQuery("select nextval('caf_case_number')").getSingleResult()).longValue();
    }

    /** Which of these families have an open case owned by one of these services: two array parameters, one query. */
    @SuppressWarnings("unchecked")
    public java.util.Set<UUID> familiesWithOpenCasesOf(java.util.Collection<UUID> familyIds, java.util.Collection<UUID> serviceIds) {
        return java.util.Set.copyOf(getEntityManager().createNativeQuery("select distinct c.family_id from caf_case c"
                + " where c.family_id = any(:families) and c.owning_service_id = any(:services) and c.status <> 'CLOSED'")
                .setParameter("families", familyIds.toArray(UUID[]::new))
                .setParameter("services", serviceIds.toArray(UUID[]::new)).getResultList());
    }

    /** Each case's reference and family, for lines of a list: a projection, no case loaded. */
    @SuppressWarnings("unchecked")
    public List<Object[]> referencesOf(java.util.Collection<UUID> caseIds) {
        return caseIds.isEmpty() ? List.of() : getEntityManager().createNativeQuery("select c.id, c.reference, c.family_id from caf_case c"
                + " where c.id = any(:ids)").setParameter("ids", caseIds.toArray(UUID[]::new)).getResultList();
    }
}
