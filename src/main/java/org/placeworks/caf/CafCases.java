package org.placeworks.caf;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.placeworks.caf.internal.CafCase;
import org.placeworks.caf.internal.CafCaseRepository;
import org.placeworks.caf.internal.CafEventRepository;
import org.placeworks.caf.internal.CaseGate;
import org.placeworks.caf.internal.CaseJournal;
import org.placeworks.caf.internal.CaseViews;
import org.placeworks.family.Families;
import org.placeworks.family.FamilyHeader;
import org.placeworks.family.FamilyId;
import org.placeworks.family.TimelineEntry;

/** Reading early help cases: one case (audited), a worker's own cases, and every case a reader may see. */
@ApplicationScoped
public class CafCases {

    @Inject
    CafCaseRepository cases;

    @Inject
    CafEventRepository events;

    @Inject
    CaseGate gate;

    @Inject
    CaseViews views;

    @Inject
    CaseJournal journal;

    @Inject
    Families families;

    @Inject
    @io.quarkus.arc.All
    List<CaseTimelineSource> timelineSources;

    @Inject
    @io.quarkus.arc.All
    List<CaseSectionSource> sectionSources;

    @Inject
    org.placeworks.audit.AuditTrail audit;

    @Inject
    org.hibernate.Session session;

    /** The case, if the reader may see it; each view is audited. */
    @Transactional
    public CaseView find(CaseId caseId) {
        CaseGate.Opened opened = gate.readable(caseId.value());
        CafCase c = opened.kase();
        journal.viewed(c);
        return views.view(c, families.family(opened.family()), opened.decision(), gate.myId().orElse(null));
    }

    /**
     * The case page's reading, built once in one read-only transaction: the case (one audited view), its
     * timeline, what other features add (see {@link CaseSectionSource}) and, where {@code showHistory} says
     * so, the case's audit history. The gate decides once; every section asks it again and gets the same answer.
     */
    public record CasePage(CaseView view, List<TimelineEntry> timeline, List<CaseSection> sections,
            List<org.placeworks.audit.AuditEntryView> history) {
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public CasePage page(UUID caseId, java.util.function.Predicate<CaseView> showHistory) {
        readOnly();
        CaseView view = read(caseId);
        List<CaseSection> sections = sectionSources.stream().sorted(java.util.Comparator.comparingInt(CaseSectionSource::order))
                .flatMap(source -> source.sectionFor(view).stream()).toList();
        return new CasePage(view, timelineOf(caseId, view.canEdit()), sections,
                showHistory.test(view) ? audit.history(CaseGate.KIND, caseId, 50) : List.of());
    }

    /**
     * The case as a reading of its own (the JSON read): one read-only transaction, audited once. Use
     * {@link #find(UUID)} inside a transaction that changes something.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public CaseView read(UUID caseId) {
        readOnly();
        CaseGate.Opened opened = gate.readable(caseId);
        CafCase c = opened.kase();
        journal.viewed(c);
        return views.view(c, families.family(opened.family()), opened.decision(), gate.myId().orElse(null));
    }

    /**
     * Nothing read in this transaction is changed: no snapshots kept, no dirty checking and no flush before
     * each query. The audit row is still written, as one INSERT of its own (see AuditTrail).
     */
    private void readOnly() {
        session.setDefaultReadOnly(true);
        session.setHibernateFlushMode(org.hibernate.FlushMode.MANUAL);
    }

    /** The same, for caf's own pages and API, which read the id from the path. */
    @Transactional
    public CaseView find(UUID caseId) {
        return find(new CaseId(caseId));
    }

    /** The case's timeline, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TimelineEntry> timeline(UUID caseId) {
        return timelineOf(caseId, gate.readable(caseId).mayChange());
    }

    /** The case's own events with those other features add (see {@link CaseTimelineSource}), newest first. */
    private List<TimelineEntry> timelineOf(UUID caseId, boolean worksOnCase) {
        List<TimelineEntry> entries = new java.util.ArrayList<>(events.ofCase(caseId).stream()
                .map(e -> new TimelineEntry(e.at(), e.by(), e.what(), "/cases/" + caseId)).toList());
        if (timelineSources.isEmpty()) {
            return entries;
        }
        timelineSources.forEach(source -> entries.addAll(source.entriesFor(caseId, worksOnCase)));
        entries.sort(java.util.Comparator.comparing(TimelineEntry::at, java.util.Comparator.nullsLast(
                java.util.Comparator.<java.time.Instant>naturalOrder())).reversed());
        return entries;
    }

    /**
     * Who leads each of these cases (cases without a lead professional are left out), so that a feature that
     * decides something about a case can tell its lead professional. Only staff ids: nothing about the family.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, UUID> leadProfessionals(java.util.Collection<UUID> caseIds) {
        if (caseIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, UUID> leads = new java.util.HashMap<>();
        cases.list("id in ?1", List.copyOf(new HashSet<>(caseIds))).forEach(c -> {
            if (c.leadProfessionalId() != null) {
                leads.put(c.id(), c.leadProfessionalId());
            }
        });
        return leads;
    }

    /**
     * A worker's cases (as lead professional, on the team, or referred by them and awaiting consent),
     * or every case the reader may see; overdue first.
     */
    @Transactional
    public List<CaseSummary> list(CaseFilter filter) {
        List<UUID> ids = cases.seenBy(gate.scope(), filter.mineOnly(), filter.status());
        List<CafCase> found = ids.isEmpty() ? List.of() : cases.list("id in ?1", ids);
        Set<UUID> familyIds = new HashSet<>();
        found.forEach(c -> familyIds.add(c.familyId()));
        Map<UUID, FamilyHeader> headers = families.headers(familyIds);
        List<CaseSummary> listed = views.summaries(found, headers);
        journal.listed(listed.size(), filter.mineOnly() ? "own cases" : "all cases they may see");
        return listed;
    }
}
