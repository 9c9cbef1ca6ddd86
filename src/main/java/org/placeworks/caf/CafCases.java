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
import org.placeworks.caf.internal.CaseLines;
import org.placeworks.caf.internal.CaseViews;
import org.placeworks.family.Families;
import org.placeworks.family.FamilyHeader;
import org.placeworks.family.FamilyId;
import org.placeworks.family.TimelineEntry;
import org.placeworks.shared.InvalidInput;

/** Reading early help cases: one case (audited), a worker's own cases, and every case a reader may see. */
@ApplicationScoped
public class CafCases {

    @Inject
    org.placeworks.shared.Reading reading;

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
    CaseLines lines;

    @Inject
    @io.quarkus.arc.All
    List<CaseTimelineSource> timelineSources;

    @Inject
    @io.quarkus.arc.All
    List<CaseSectionSource> sectionSources;

    @Inject
    org.placeworks.audit.AuditTrail audit;

    @Inject
    org.placeworks.organisation.AccessPolicy access;

    /**
     * Subject access: every case of the person's family and every case they are a child of, in full (needs, assessment,
     * plan, reviews, consent, outcomes), for the data protection officer only (the access policy decides; 404 for anyone
     * else). Each case handed over is audited as an export. {@code family} is the person's family as
     * {@code Families.subjectFamily} gave it.
     */
    @Transactional
    public List<CaseView> forSubjectAccess(org.placeworks.family.PersonId person, org.placeworks.family.FamilyView family) {
        access.requireSubjectAccessOfficer();
        Map<UUID, CafCase> found = new java.util.LinkedHashMap<>();
        cases.forFamily(family.id()).forEach(c -> found.put(c.id(), c));
        cases.withChild(person.value()).forEach(c -> found.putIfAbsent(c.id(), c));
        // Sight of the whole case and no right to change anything: the officer reads it to hand it over.
        org.placeworks.caf.internal.CaseRule.Decision reading = new org.placeworks.caf.internal.CaseRule.Decision(
                org.placeworks.caf.internal.CaseRule.Sight.FULL, Set.of());
        return found.values().stream().map(c -> {
            audit.record(org.placeworks.audit.AuditAction.EXPORT, CaseGate.KIND, c.id(),
                    "Compiled case " + c.reference() + " for a subject access request");
            return views.view(c, family, reading, null);
        }).toList();
    }

    /** The case, if the reader may see it; each view is audited. */
    @Transactional
    public CaseView find(CaseId caseId) {
        CaseGate.Opened opened = gate.readable(caseId.value());
        CafCase c = opened.kase();
        journal.viewed(c);
        return views.view(c, families.family(opened.family()), opened.decision(), gate.myId().orElse(null));
    }

    /** The case page's content; {@code glassUntil} is set when the reader sees the case only by breaking glass. */
    public record CasePage(CaseView view, List<TimelineEntry> timeline, List<CaseSection> sections,
            List<org.placeworks.audit.AuditEntryView> history, java.time.Instant glassUntil) {
    }

    /**
     * The case page's reading, built once in one read-only transaction: the case (one audited view), its
     * timeline, what other features add (see {@link CaseSectionSource}) and, where {@code showHistory} says
     * so, the case's audit history. The gate decides once; every section asks it again and gets the same answer.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public CasePage page(UUID caseId, java.util.function.Predicate<CaseView> showHistory) {
        readOnly();
        CaseView view = reading(caseId);
        List<CaseSection> sections = sectionSources.stream().sorted(java.util.Comparator.comparingInt(CaseSectionSource::order))
                .flatMap(source -> source.sectionFor(view).stream()).toList();
        CasePage page = new CasePage(view, timelineOf(caseId, view.canEdit()), sections,
                showHistory.test(view) ? audit.history(CaseGate.KIND, caseId, 50) : List.of(),
                gate.brokenGlassUntil(view.family().id()).orElse(null));
        reading.end();
        return page;
    }

    /**
     * The case as a reading of its own (the JSON read): one read-only transaction, audited once. Use
     * {@link #find(UUID)} inside a transaction that changes something.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public CaseView read(UUID caseId) {
        readOnly();
        CaseView view = reading(caseId);
        reading.end();
        return view;
    }

    /**
     * The audited reading, in the caller's transaction. Not {@link #read}: a call to an intercepted method of this
     * bean would open a second transaction (REQUIRES_NEW), with its own session and connection, and read everything twice.
     */
    private CaseView reading(UUID caseId) {
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
        reading.begin();
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
        cases.byIds(caseIds).forEach(c -> {
            if (c.leadProfessionalId() != null) {
                leads.put(c.id(), c.leadProfessionalId());
            }
        });
        return leads;
    }

    /** The most lines a list page or an API call may ask for at once. */
    public static final int MAX_PAGE = 200;

    /**
     * A page of a worker's cases (as lead professional, allocated worker, on the team, or referred by them and awaiting
     * consent), or of every case the reader may see: open ones first, overdue first, then by the date the next thing is
     * due. {@code after} and {@code before} are keys a previous page gave ({@link CaseList#next()},
     * {@link CaseList#previous()}); each page read is audited.
     */
    @Transactional
    public CaseList page(CaseFilter filter, String after, String before, int size) {
        if (size < 1 || size > MAX_PAGE) {
            throw new InvalidInput("limit", "limit must be between 1 and " + MAX_PAGE);
        }
        CaseLines.Key from = key("after", after);
        CaseLines.Key to = from != null ? null : key("before", before);
        CaseLines.Page page = lines.page(gate.scope(), query(filter), from, to, size, views.today());
        journal.listed(page.lines().size(), which(filter));
        return new CaseList(page.lines(), page.next() == null ? null : page.next().text(),
                page.previous() == null ? null : page.previous().text());
    }

    /**
     * Every case of the filter, in the list's order (see {@link #page}), as one audited list, for features that pick from
     * the reader's cases. Pages and the API use {@link #page}.
     */
    @Transactional
    public List<CaseSummary> list(CaseFilter filter) {
        List<CaseSummary> listed = new java.util.ArrayList<>();
        lines.each(gate.scope(), query(filter), views.today(), listed::add);
        journal.listed(listed.size(), which(filter));
        return listed;
    }

    /** A CSV export of a case list, ready to be written: who asked and for what is settled (and audited) before. */
    public interface CaseExport {
        void writeTo(java.io.OutputStream out) throws java.io.IOException;
    }

    /**
     * The cases of the filter as CSV, written row by row from one query read in batches (never all rows at once), each
     * cell formula-safe ({@link org.placeworks.shared.CsvWriter#cell}). The export is audited when asked for.
     */
    @Transactional
    public CaseExport export(CaseFilter filter) {
        org.placeworks.caf.internal.CaseScope scope = gate.scope();
        java.time.LocalDate today = views.today();
        CaseLines.Query query = query(filter);
        journal.exported(which(filter));
        return out -> {
            java.io.Writer writer = new java.io.BufferedWriter(new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8),
                    1 << 16);
            org.apache.commons.csv.CSVPrinter printer = new org.apache.commons.csv.CSVPrinter(writer,
                    org.apache.commons.csv.CSVFormat.DEFAULT);
            printer.printRecord(CSV_HEADER);
            lines.each(scope, query, today, c -> {
                try {
                    printer.printRecord(org.placeworks.shared.CsvWriter.cell(c.reference()),
                            org.placeworks.shared.CsvWriter.cell(c.familyName()),
                            org.placeworks.shared.CsvWriter.cell(c.neighbourhood()),
                            org.placeworks.shared.CsvWriter.cell(c.status().label()),
                            org.placeworks.shared.CsvWriter.cell(c.leadProfessional()),
                            org.placeworks.shared.CsvWriter.cell(c.nextDue()),
                            c.nextDueOn() == null ? "" : c.nextDueOn().toString(), c.overdue() ? "Yes" : "No",
                            c.referredOn() == null ? "" : c.referredOn().toString());
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            printer.flush();
        };
    }

    static final List<String> CSV_HEADER = List.of("Reference", "Family", "Neighbourhood", "Status", "Lead professional",
            "Next due", "Next due on", "Overdue", "Referred on");

    private static CaseLines.Query query(CaseFilter filter) {
        return new CaseLines.Query(filter.mineOnly(), filter.status(), filter.openOnly(), filter.search());
    }

    private static String which(CaseFilter filter) {
        return (filter.mineOnly() ? "own cases" : "all cases they may see")
                + (filter.status() != null ? " (" + filter.status().label().toLowerCase(java.util.Locale.ROOT) + ")"
                        : filter.openOnly() ? " (open)" : "")
                + (filter.search() != null ? " matching \"" + filter.search() + "\"" : "");
    }

    private static CaseLines.Key key(String field, String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        return CaseLines.Key.read(text).orElseThrow(() -> new InvalidInput(field,
                field + " is not a place in this list: follow the list's own Next and Previous links"));
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
