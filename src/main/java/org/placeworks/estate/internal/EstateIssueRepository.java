package org.placeworks.estate.internal;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
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
            hql.append(" and i.id in (:ids)");
            params.put("ids", q.ids());
        }
        if (q.category() != null) {
            hql.append(" and i.category = :category");
            params.put("category", q.category());
        }
        if (q.from() != null) {
            hql.append(" and i.reportedAt >= :from");
            params.put("from", q.from());
        }
        if (q.to() != null) {
            hql.append(" and i.reportedAt <= :to");
            params.put("to", q.to());
        }
        if (q.open() != null) {
            hql.append(q.open() ? " and i.status in (:statuses)" : " and i.status not in (:statuses)");
            params.put("statuses", openStatuses());
        }
        hql.append(" order by i.reportedAt desc, i.id");
        TypedQuery<EstateIssue> query = getEntityManager().createQuery(hql.toString(), EstateIssue.class);
        params.forEach(query::setParameter);
        return query.setMaxResults(Math.max(1, q.limit())).getResultList();
    }

    public static List<IssueStatus> openStatuses() {
        List<IssueStatus> open = new ArrayList<>();
        for (IssueStatus s : IssueStatus.values()) {
            if (s.open()) {
                open.add(s);
            }
        }
        return open;
    }

    /** Events the public may see between two times (status changes after the report, public notes), oldest first. */
    public List<EstateIssueEvent> publicEvents(Instant from, Instant to, int limit) {
        StringBuilder hql = new StringBuilder("select e from EstateIssueEvent e where (e.kind = :status or e.publicNote is not null)");
        Map<String, Object> params = new HashMap<>();
        params.put("status", EstateIssueEvent.Kind.STATUS);
        if (from != null) {
            hql.append(" and e.at >= :from");
            params.put("from", from);
        }
        if (to != null) {
            hql.append(" and e.at <= :to");
            params.put("to", to);
        }
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
        getEntityManager().createQuery("select e from EstateIssueEvent e where e.issueId in (:ids) and e.publicNote is not null"
                + " order by e.at, e.id", EstateIssueEvent.class).setParameter("ids", issueIds).getResultList()
                .forEach(e -> notes.put(e.issueId(), e.publicNote()));
        return notes;
    }
}
