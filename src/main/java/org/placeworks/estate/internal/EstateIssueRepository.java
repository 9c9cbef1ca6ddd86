package org.placeworks.estate.internal;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.placeworks.estate.IssueStatus;
import org.placeworks.estate.PublicIssueQuery;

@ApplicationScoped
public class EstateIssueRepository implements PanacheRepositoryBase<EstateIssue, UUID> {

    /** The next issue reference, EST-1001 onwards. */
    public String nextReference() {
        Number n = (Number) getEntityManager().createNativeQuery("select nextval('estate_issue_reference_seq')").getSingleResult();
        return "EST-" + n.longValue();
    }

    /** Issues as the public may search them, newest first. */
    public List<EstateIssue> publicSearch(PublicIssueQuery q) {
        StringBuilder hql = new StringBuilder("select i from EstateIssue i where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (q.ids() != null && !q.ids().isEmpty()) {
            hql.append(" and in_array(i.id, :ids)");
            params.put("ids", q.ids().toArray(UUID[]::new));
        }
        where(hql, params, " and i.category = :category", "category", q.category());
        where(hql, params, " and i.reportedAt >= :from", "from", q.from());
        where(hql, params, " and i.reportedAt <= :to", "to", q.to());
        if (q.open() != null) {
            hql.append(q.open() ? " and in_array(i.status, :statuses)" : " and not in_array(i.status, :statuses)");
            params.put("statuses", openStatuses());
        }
        hql.append(" order by i.reportedAt desc, i.id");
        TypedQuery<EstateIssue> query = getEntityManager().createQuery(hql.toString(), EstateIssue.class);
        params.forEach(query::setParameter);
        return query.setMaxResults(Math.max(1, q.limit())).getResultList();
    }

    /** The open states' names, as the status column holds them. */
    private static String[] openStatuses() {
        return Arrays.stream(IssueStatus.values()).filter(IssueStatus::open).map(IssueStatus::name).toArray(String[]::new);
    }

    /** Events the public may see between two times (status changes after the report, public notes), oldest first. */
    public List<EstateIssueEvent> publicEvents(Instant from, Instant to, int limit) {
        StringBuilder hql = new StringBuilder("select e from EstateIssueEvent e where (e.kind = :status or e.publicNote is not null)");
        Map<String, Object> params = new HashMap<>();
        params.put("status", EstateIssueEvent.Kind.STATUS);
        where(hql, params, " and e.at >= :from", "from", from);
        where(hql, params, " and e.at <= :to", "to", to);
        hql.append(" order by e.at, e.id");
        TypedQuery<EstateIssueEvent> query = getEntityManager().createQuery(hql.toString(), EstateIssueEvent.class);
        params.forEach(query::setParameter);
        return query.setMaxResults(Math.max(1, limit)).getResultList();
    }

    public List<EstateIssueEvent> history(UUID issueId) {
        return getEntityManager().createQuery("select e from EstateIssueEvent e where e.issueId = :issue order by e.at, e.id",
                EstateIssueEvent.class).setParameter("issue", issueId).getResultList();
    }

    public void persistEvent(EstateIssueEvent event) {
        getEntityManager().persist(event);
    }

    /** The newest public note of each issue. */
    public Map<UUID, String> latestPublicNotes(List<UUID> issueIds) {
        Map<UUID, String> notes = new HashMap<>();
        if (issueIds.isEmpty()) {
            return notes;
        }
        getEntityManager().createQuery("select e from EstateIssueEvent e where in_array(e.issueId, :ids) and e.publicNote is not null"
                + " order by e.at, e.id", EstateIssueEvent.class).setParameter("ids", issueIds.toArray(UUID[]::new)).getResultList()
                .forEach(e -> notes.put(e.issueId(), e.publicNote()));
        return notes;
    }

    /**
     * The worklist as the reader may see it ({@link EstateScope}), filtered and ordered in SQL by target date
     * (so overdue first), then id; one more than {@code size} is read to know whether a next page exists.
     */
    public List<EstateIssue> worklist(EstateScope scope, org.placeworks.estate.IssueFilter f) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder hql = new StringBuilder("select i from EstateIssue i where ")
                .append(scope.where("i.owningServiceId", "i.neighbourhoodId", "i.estateId", params));
        if (f.status() == null && !f.everyStatus()) {
            hql.append(" and in_array(i.status, :statuses)");
            params.put("statuses", openStatuses());
        } else if (f.status() != null) {
            hql.append(" and i.status = :status");
            params.put("status", f.status());
        }
        where(hql, params, " and i.category = :category", "category", f.category());
        where(hql, params, " and i.estateId = :estate", "estate", f.estateId());
        where(hql, params, " and i.neighbourhoodId = :neighbourhood", "neighbourhood", f.neighbourhoodId());
        if (f.afterDate() != null && f.afterId() != null) {
            hql.append(" and (i.targetDate > :afterDate or (i.targetDate = :afterDate and i.id > :afterId))");
            params.put("afterDate", f.afterDate());
            params.put("afterId", f.afterId());
        }
        hql.append(" order by i.targetDate, i.id");
        TypedQuery<EstateIssue> query = getEntityManager().createQuery(hql.toString(), EstateIssue.class);
        params.forEach(query::setParameter);
        return query.setMaxResults(f.size() + 1).getResultList();
    }

    /** How many open issues the reader sees, and how many of them are overdue. */
    public long[] openCounts(EstateScope scope, java.time.LocalDate today) {
        Map<String, Object> params = new HashMap<>();
        params.put("statuses", openStatuses());
        params.put("today", today);
        var query = getEntityManager().createQuery("select count(i), sum(case when i.targetDate < :today then 1 else 0 end)"
                + " from EstateIssue i where in_array(i.status, :statuses) and "
                + scope.where("i.owningServiceId", "i.neighbourhoodId", "i.estateId", params), Object[].class);
        params.forEach(query::setParameter);
        Object[] row = query.getSingleResult();
        return new long[] {row[0] == null ? 0 : ((Number) row[0]).longValue(), row[1] == null ? 0 : ((Number) row[1]).longValue()};
    }

    /** Adds a condition and its parameter when the filter has a value; a null value does not filter. */
    private static void where(StringBuilder hql, Map<String, Object> params, String condition, String name, Object value) {
        if (value != null) {
            hql.append(condition);
            params.put(name, value);
        }
    }

    public List<EstateIssue> byIds(java.util.Collection<UUID> ids) {
        return org.placeworks.shared.ByIds.read(getEntityManager(), EstateIssue.class, ids);
    }
}
