package org.placeworks.panel.internal;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.placeworks.panel.MeetingStatus;

@ApplicationScoped
public class MeetingRepository implements PanacheRepositoryBase<Meeting, UUID> {

    /** A meeting with its attendance, in one query. */
    public Optional<Meeting> withAttendance(UUID id) {
        return find("select m from Meeting m left join fetch m.attendance where m.id = ?1", id).singleResultOptional();
    }

    public List<Meeting> ofPanel(UUID panelId) {
        return list("panelId", Sort.by("date"), panelId);
    }

    public boolean exists(UUID panelId, LocalDate date) {
        return count("panelId = ?1 and date = ?2", panelId, date) > 0;
    }

    /** Meetings that may still take cases, from the given day, soonest first. */
    public List<Meeting> openFrom(UUID panelId, LocalDate from) {
        return list("panelId = ?1 and date >= ?2 and (status = ?3 or status = ?4)", Sort.by("date"), panelId, from,
                MeetingStatus.SCHEDULED, MeetingStatus.AGENDA_PUBLISHED);
    }

    /** The first meeting after this one that has not happened yet. */
    public Optional<Meeting> nextAfter(UUID panelId, LocalDate date) {
        return find("panelId = ?1 and date > ?2 and (status = ?3 or status = ?4)", Sort.by("date"), panelId, date,
                MeetingStatus.SCHEDULED, MeetingStatus.AGENDA_PUBLISHED).firstResultOptional();
    }

    /** The panel's last closed meeting before this one: its minutes are agreed at this one. */
    public Optional<Meeting> lastClosedBefore(UUID panelId, LocalDate date, UUID notThis) {
        return find("panelId = ?1 and date <= ?2 and status = ?3 and id <> ?4", Sort.by("date").descending(), panelId, date,
                MeetingStatus.CLOSED, notThis).firstResultOptional();
    }

    public List<Meeting> inSession() {
        return list("status", Sort.by("date"), MeetingStatus.IN_SESSION);
    }

    public List<Meeting> between(LocalDate from, LocalDate to) {
        return list("date >= ?1 and date <= ?2", Sort.by("date"), from, to);
    }

    public List<Meeting> byIds(java.util.Collection<UUID> ids) {
        return org.placeworks.shared.ByIds.read(getEntityManager(), Meeting.class, ids);
    }

    /**
     * Takes the scheduling lock for the current transaction: only one app instance gets it; the
     * others skip. Released when the transaction ends.
     */
    public boolean tryScheduleLock(long key) {
        return Boolean.TRUE.equals(getEntityManager().createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                .setParameter(1, key).getSingleResult());
    }
}
