package org.placeworks.retention.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.placeworks.retention.CertificateView;
import org.placeworks.retention.DueRecord;
import org.placeworks.retention.RecordType;

/**
 * The review's reads of the dates each rule needs (dates and references only, never content), its list, its daily
 * claim and the certificates. Read-only over other features' tables, like insight's queries.
 */
@ApplicationScoped
public class RetentionRepository {

    /** A family with no open case: the dates its rule needs. */
    public record FamilyDates(UUID familyId, String caseReferences, LocalDate lastActivity, LocalDate youngestChildBorn) {
    }

    /** A closed intelligence report or a released subject access request: its reference and the day it ended. */
    public record Ended(UUID id, String reference, LocalDate endedOn) {
    }

    @Inject
    EntityManager em;

    /**
     * The first instance to insert the day's row reviews; the others wait for its commit, then find the row. False when
     * the day was already claimed.
     */
    public boolean claim(LocalDate day, Instant at) {
        return em.createNativeQuery("insert into retention_review_run (run_on, ran_at) values (:day, :at) on conflict (run_on) do nothing")
                .setParameter("day", day).setParameter("at", at).executeUpdate() == 1;
    }

    public void reviewed(LocalDate day, int found) {
        em.createNativeQuery("update retention_review_run set found = :n where run_on = :day").setParameter("n", found)
                .setParameter("day", day).executeUpdate();
    }

    /**
     * Families with no open case (an open case is never due), with their case references, the day their last case
     * closed (or the family was recorded, if it never had one) and their youngest child's date of birth or expected
     * date. Dates only: the rule is applied in {@code RetentionRules}.
     */
    @SuppressWarnings("unchecked")
    public List<FamilyDates> familiesWithoutOpenCases() {
        List<Object[]> rows = em.createNativeQuery("""
                select f.id,
                       (select string_agg(c.reference, ', ' order by c.reference) from caf_case c where c.family_id = f.id),
                       coalesce((select max(c.closed_on) from caf_case c where c.family_id = f.id),
                                (f.created_at at time zone 'Europe/London')::date),
                       (select max(coalesce(p.date_of_birth, p.expected_date)) from person p
                         where p.family_id = f.id and p.relationship = 'CHILD' and p.merged_into is null)
                  from family f
                 where not exists (select 1 from caf_case c where c.family_id = f.id and c.status <> 'CLOSED')
                """).getResultList();
        return rows.stream().map(r -> new FamilyDates((UUID) r[0], (String) r[1], date(r[2]), date(r[3]))).toList();
    }

    @SuppressWarnings("unchecked")
    public List<Ended> closedReports() {
        List<Object[]> rows = em.createNativeQuery("""
                select id, reference, (status_changed_at at time zone 'Europe/London')::date
                  from intel_report where status = 'CLOSED'
                """).getResultList();
        return rows.stream().map(r -> new Ended((UUID) r[0], (String) r[1], date(r[2]))).toList();
    }

    @SuppressWarnings("unchecked")
    public List<Ended> releasedRequests() {
        List<Object[]> rows = em.createNativeQuery("""
                select id, 'Request received ' || to_char(received_on, 'DD/MM/YYYY'), (released_at at time zone 'Europe/London')::date
                  from subject_access_request where status = 'RELEASED'
                """).getResultList();
        return rows.stream().map(r -> new Ended((UUID) r[0], (String) r[1], date(r[2]))).toList();
    }

    /** The list replaced by the day's review. */
    public void replaceDue(List<DueRecord> due, LocalDate foundOn) {
        em.createNativeQuery("delete from retention_due").executeUpdate();
        for (DueRecord d : due) {
            em.createNativeQuery("""
                    insert into retention_due (record_type, record_id, reference, last_activity, due_on, found_on)
                    values (:type, :id, :reference, :last, :due, :found)
                    """).setParameter("type", d.type().name()).setParameter("id", d.id()).setParameter("reference", d.reference())
                    .setParameter("last", d.lastActivity()).setParameter("due", d.dueOn()).setParameter("found", foundOn)
                    .executeUpdate();
        }
    }

    /** Records on the list, longest overdue first, with when the list was made. */
    @SuppressWarnings("unchecked")
    public List<Object[]> due() {
        return em.createNativeQuery("""
                select record_type, record_id, reference, last_activity, due_on from retention_due order by due_on, record_type, reference
                """).getResultList();
    }

    @SuppressWarnings("unchecked")
    public Optional<Object[]> due(RecordType type, UUID id) {
        List<Object[]> rows = em.createNativeQuery("""
                select record_type, record_id, reference, last_activity, due_on from retention_due
                 where record_type = :type and record_id = :id for update
                """).setParameter("type", type.name()).setParameter("id", id).getResultList();
        return rows.stream().findFirst();
    }

    public Optional<LocalDate> lastReviewedOn() {
        Object day = em.createNativeQuery("select max(run_on) from retention_review_run").getSingleResult();
        return Optional.ofNullable(date(day));
    }

    public void removeDue(RecordType type, UUID id) {
        em.createNativeQuery("delete from retention_due where record_type = :type and record_id = :id")
                .setParameter("type", type.name()).setParameter("id", id).executeUpdate();
    }

    public String nextCertificateNumber() {
        Number n = (Number) em.createNativeQuery("select nextval('retention_certificate_number')").getSingleResult();
        return "DC-%06d".formatted(n.longValue());
    }

    public void certify(CertificateView c) {
        em.createNativeQuery("""
                insert into retention_certificate (id, number, record_type, reference, last_activity, due_on, rule, rows_removed,
                    files_removed, reason, approved_by, disposed_at)
                values (:id, :number, :type, :reference, :last, :due, :rule, :rows, :files, :reason, :by, :at)
                """).setParameter("id", c.id()).setParameter("number", c.number()).setParameter("type", c.type().name())
                .setParameter("reference", c.reference()).setParameter("last", c.lastActivity()).setParameter("due", c.dueOn())
                .setParameter("rule", c.rule()).setParameter("rows", c.rowsRemoved()).setParameter("files", c.filesRemoved())
                .setParameter("reason", c.reason()).setParameter("by", c.approvedBy()).setParameter("at", c.disposedAt())
                .executeUpdate();
    }

    @SuppressWarnings("unchecked")
    public List<CertificateView> certificates() {
        List<Object[]> rows = em.createNativeQuery("""
                select id, number, record_type, reference, last_activity, due_on, rule, rows_removed, files_removed, reason,
                       approved_by, disposed_at
                  from retention_certificate order by disposed_at desc, number desc
                """).getResultList();
        return rows.stream().map(r -> new CertificateView((UUID) r[0], (String) r[1], RecordType.valueOf((String) r[2]),
                (String) r[3], date(r[4]), date(r[5]), (String) r[6], ((Number) r[7]).intValue(), ((Number) r[8]).intValue(),
                (String) r[9], (String) r[10], instant(r[11]))).toList();
    }

    static LocalDate date(Object value) {
        return org.placeworks.shared.SqlValues.localDate(value);
    }

    static Instant instant(Object value) {
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        return (Instant) value;
    }
}
