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

    /** The case, if the reader may see it; each view is audited. */
    @Transactional
    public CaseView find(CaseId caseId) {
        CaseGate.Opened opened = gate.readable(caseId.value());
        CafCase c = opened.kase();
        journal.viewed(c);
        return views.view(c, families.family(new FamilyId(c.familyId())), opened.decision(), gate.myId().orElse(null));
    }

    /** The case page's reading, built once in one transaction: the case (one audited view) and its timeline. */
    public record CasePage(CaseView view, List<TimelineEntry> timeline) {
    }

    @Transactional
    public CasePage page(UUID caseId) {
        CaseGate.Opened opened = gate.readable(caseId);
        CafCase c = opened.kase();
        journal.viewed(c);
        CaseView view = views.view(c, families.family(new FamilyId(c.familyId())), opened.decision(), gate.myId().orElse(null));
        return new CasePage(view, timelineOf(caseId, view.canEdit()));
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

    /** A case as a line of another feature's list shows it: its reference and the family's name. */
    public record CaseLine(UUID id, String reference, UUID familyId, String familyName) {
    }

    /**
     * Which of THESE cases the reader may see (the rule every case list uses, decided in SQL with one array
     * parameter), each with its reference and family's name: for a feature that lists a few of its own
     * records about cases, never by reading every case the reader may see. Audited as one listing.
     */
    @Transactional
    public Map<UUID, CaseLine> seenAmong(java.util.Collection<UUID> caseIds, String which) {
        List<UUID> seen = cases.seenAmong(gate.scope(), Set.copyOf(caseIds));
        if (seen.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = cases.referencesOf(seen);
        Set<UUID> familyIds = new HashSet<>();
        rows.forEach(r -> familyIds.add((UUID) r[2]));
        Map<UUID, FamilyHeader> headers = families.headers(familyIds);
        Map<UUID, CaseLine> lines = new java.util.HashMap<>();
        for (Object[] r : rows) {
            FamilyHeader family = headers.get((UUID) r[2]);
            lines.put((UUID) r[0], new CaseLine((UUID) r[0], (String) r[1], (UUID) r[2], family == null ? "" : family.name()));
        }
        journal.listed(lines.size(), which);
        return lines;
    }
}
