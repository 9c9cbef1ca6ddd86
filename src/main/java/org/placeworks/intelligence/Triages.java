package org.placeworks.intelligence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.placeworks.audit.AuditAction;
import org.placeworks.audit.AuditTrail;
import org.placeworks.estate.EstateCategory;
import org.placeworks.estate.EstateIssueView;
import org.placeworks.estate.EstateIssues;
import org.placeworks.estate.IssueChannel;
import org.placeworks.estate.IssueLocation;
import org.placeworks.estate.NewEstateIssue;
import org.placeworks.estate.PublicIssue;
import org.placeworks.estate.PublicIssueQuery;
import org.placeworks.estate.ReporterContact;
import org.placeworks.identity.CurrentStaff;
import org.placeworks.intelligence.internal.Dissemination;
import org.placeworks.intelligence.internal.DisseminationRepository;
import org.placeworks.intelligence.internal.EstateLink;
import org.placeworks.intelligence.internal.EstateLinkRepository;
import org.placeworks.intelligence.internal.IdentityCheck;
import org.placeworks.intelligence.internal.IntelReport;
import org.placeworks.intelligence.internal.Receivers;
import org.placeworks.intelligence.internal.ReportGate;
import org.placeworks.intelligence.internal.ReporterVault;
import org.placeworks.intelligence.internal.Reveal;
import org.placeworks.intelligence.internal.RevealRepository;
import org.placeworks.intelligence.internal.Triage;
import org.placeworks.intelligence.internal.TriageRepository;
import org.placeworks.organisation.ServiceView;
import org.placeworks.organisation.Services;
import org.placeworks.shared.Conflict;
import org.placeworks.shared.InvalidInput;
import org.placeworks.shared.OutsideBoundary;
import org.placeworks.shared.StaleEdit;
import org.placeworks.shared.Text;
import org.placeworks.shared.Today;

/**
 * Triage of confidential reports by the intelligence officers who may read them ({@link ReportGate}):
 * grading and the sanitised summary (checked against the reporter's identity, decrypted in memory for
 * that check only), passing it on to a service whose boundary holds the place, or to the council that
 * covers a place outside our area, and the recorded reveal of who reported. Every step is audited.
 */
@ApplicationScoped
public class Triages {

    /** How many open estate issues are offered to link a report to. */
    static final int ESTATE_ISSUES_OFFERED = 100;

    /** The longest sanitised summary: a few paragraphs a receiving service reads at a glance. */
    public static final int SUMMARY_MAX = 4000;

    @Inject
    ReportGate gate;

    @Inject
    Reports reports;

    @Inject
    TriageRepository triages;

    @Inject
    DisseminationRepository disseminations;

    @Inject
    RevealRepository reveals;

    @Inject
    ReporterVault vault;

    @Inject
    EstateLinkRepository estateLinks;

    @Inject
    EstateIssues estateIssues;

    @Inject
    Receivers receivers;

    @Inject
    Services services;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentStaff current;

    @Inject
    Today today;

    /** Refuses (404) an officer who may not read the report, before anything they posted is read. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void checkMayTriage(UUID reportId) {
        gate.readable(reportId);
    }

    /** The report's triage, for an officer who may read the report (404 otherwise). The read is audited by the report's own read. */
    @Transactional
    public TriageView find(UUID reportId) {
        IntelReport report = gate.readable(reportId);
        ReportView view = reports.find(reportId);
        Optional<Triage> triage = triages.ofReport(report.id());
        List<TriageView.Sent> sent = disseminations.ofReport(report.id()).stream().map(d -> new TriageView.Sent(d.id(),
                d.serviceId() == null ? d.otherCouncil() : services.findService(d.serviceId()).map(ServiceView::name).orElse("(removed service)"), d.strand(), d.summary(), d.grading().code(),
                d.sentAt(), d.sentBy(), d.acknowledgedAt(), d.acknowledgedBy())).toList();
        List<TriageView.Receiver> options = receivers.of(report).stream()
                .map(c -> new TriageView.Receiver(c.service().id(), c.service().name(), c.strand())).toList();
        List<TriageView.RevealRecord> revealed = reveals.ofReport(report.id()).stream()
                .map(r -> new TriageView.RevealRecord(r.revealedBy(), r.revealedAt(), r.reason())).toList();
        List<TriageView.EstateLinkView> linked = estateLinks.ofReport(report.id()).stream()
                .map(l -> new TriageView.EstateLinkView(l.estateIssueId(), l.issueReference(), l.raised(), l.linkedBy(), l.linkedAt())).toList();
        return new TriageView(view, triage.map(Triage::grading).orElse(null), triage.map(Triage::summary).orElse(null),
                triage.map(Triage::triagedBy).orElse(null), triage.map(Triage::triagedAt).orElse(null), sent, options, revealed,
                vault.held(report.id()), linked);
    }

    /**
     * Grades the report and writes (or rewrites) its sanitised summary. A summary holding the reporter's name,
     * email or phone is refused on its field, without repeating what was found. A report received is then under review.
     */
    @Transactional
    public void grade(UUID reportId, TriageCommand command) {
        IntelReport report = gate.readable(reportId);
        StaleEdit.check("report", command.version(), report.version());
        Map<String, String> problems = new LinkedHashMap<>();
        Grading grading = null;
        try {
            grading = Grading.of(command.source(), command.information(), command.handling(), command.conditions());
        } catch (InvalidInput e) {
            problems.putAll(e.errors());
        }
        String summary = summary(report.id(), command.summary(), problems);
        String note = note(command.noteForReporter(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Instant now = today.instant();
        Optional<Triage> earlier = triages.ofReport(report.id());
        Triage triage = earlier.orElseGet(() -> new Triage(report.id()));
        triage.grade(grading, summary, current.username(), now);
        if (earlier.isEmpty()) {
            triages.persist(triage); // graded first: the row is inserted whole
        }
        ReportStatus status = report.status() == ReportStatus.RECEIVED ? ReportStatus.UNDER_REVIEW : report.status();
        report.moveTo(status, note != null ? note : report.statusNote(), now);
        audit.record(AuditAction.UPDATE, ReportGate.KIND, report.id(), "Report " + report.reference() + " graded " + grading.code()
                + " and its sanitised summary written");
    }

    /**
     * Passes the triaged report on: to a service that covers its place for one of the strands (refused when the
     * service does not), or, for a report outside our area, to the council that covers it, which closes it here.
     * What is sent is the sanitised summary, the grading, the category, the date and the street-level place.
     */
    @Transactional
    public UUID route(UUID reportId, RouteCommand command) {
        IntelReport report = gate.readable(reportId);
        StaleEdit.check("report", command.version(), report.version());
        Triage triage = triages.ofReport(report.id())
                .orElseThrow(() -> new Conflict("Grade the report and write its sanitised summary before passing it on."));
        if (report.status() == ReportStatus.CLOSED) {
            throw new Conflict("This report is closed.");
        }
        Map<String, String> problems = new LinkedHashMap<>();
        String council = command.otherCouncil() == null ? null : checked("otherCouncil", "The council's name", command.otherCouncil(),
                Text.SHORT, problems);
        String note = note(command.noteForReporter(), problems);
        if (command.serviceId() == null && council == null && !problems.containsKey("otherCouncil")) {
            problems.put("serviceId", report.outsideArea() ? "Select a service, or name the council that covers the place"
                    : "Select the service to pass the report to");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Instant now = today.instant();
        String by = current.username();
        String place = receivers.streetLevel(report);
        Dissemination d;
        if (command.serviceId() != null) {
            Receivers.Candidate to = receivers.of(report).stream().filter(c -> c.service().id().equals(command.serviceId())).findFirst()
                    .orElseThrow(() -> new OutsideBoundary("serviceId",
                            "That service's boundary does not hold this report's place. Choose one of the services listed."));
            d = Dissemination.toService(report.id(), triage, to.service().id(), to.strand(), report.category(), report.occurredOn(),
                    place, by, now);
            report.moveTo(ReportStatus.ROUTED, note != null ? note : report.statusNote(), now);
            audit.record(AuditAction.SHARE, ReportGate.KIND, report.id(), "Report " + report.reference() + " passed on, sanitised and graded "
                    + triage.grading().code() + ", to " + to.service().name() + " (" + to.strand().label() + ")");
        } else {
            if (!report.outsideArea()) {
                throw new InvalidInput("otherCouncil", "This report is inside our area: pass it to one of the services listed");
            }
            d = Dissemination.toOtherCouncil(report.id(), triage, council, report.category(), report.occurredOn(), place, by, now);
            report.moveTo(ReportStatus.CLOSED, note != null ? note
                    : "The place you told us about is outside our area. We passed your report, without your details, to " + council + ".", now);
            audit.record(AuditAction.SHARE, ReportGate.KIND, report.id(), "Report " + report.reference()
                    + " passed, sanitised, to " + council + " (outside our area) and closed");
        }
        disseminations.persist(d);
        return d.id();
    }

    /** Open estate issues an officer may link a report to, newest first, as the public may see them (no reporter). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PublicIssue> openEstateIssues() {
        return estateIssues.publicIssues(new PublicIssueQuery(null, null, null, null, true, ESTATE_ISSUES_OFFERED));
    }

    /** Links the report to an existing estate issue; linking the same one twice is refused. */
    @Transactional
    public void linkEstateIssue(UUID reportId, UUID issueId) {
        IntelReport report = gate.readable(reportId);
        PublicIssue issue = (issueId == null ? Optional.<PublicIssue>empty() : estateIssues.publicIssue(issueId))
                .orElseThrow(() -> new InvalidInput("issueId", "Select the estate issue from the list"));
        if (estateLinks.linked(report.id(), issue.id())) {
            throw new InvalidInput("issueId", "This report is already linked to " + issue.reference());
        }
        estateLinks.persist(new EstateLink(report.id(), issue.id(), issue.reference(), false, current.username(), today.instant()));
        audit.record(AuditAction.UPDATE, ReportGate.KIND, report.id(), "Report " + report.reference() + " linked to estate issue "
                + issue.reference());
    }

    /**
     * Raises an estate issue from the report: its sanitised summary (never the report's own words, never the
     * reporter) at the report's place, routed by estate's own rules to the service that covers it.
     */
    @Transactional
    public String raiseEstateIssue(UUID reportId, EstateCategory category) {
        IntelReport report = gate.readable(reportId);
        Triage triage = triages.ofReport(report.id())
                .orElseThrow(() -> new Conflict("Grade the report and write its sanitised summary before raising an estate issue from it."));
        if (category == null) {
            throw new InvalidInput("category", "Select the kind of estate issue");
        }
        IssueLocation where;
        if (report.addressId() != null) {
            where = IssueLocation.atAddress(report.addressId());
        } else if (report.neighbourhoodId() != null || report.estateId() != null) {
            where = IssueLocation.described(receivers.streetLevel(report), report.neighbourhoodId(), report.estateId());
        } else {
            throw new InvalidInput("category", "This report is outside our area, so no estate issue can be raised for it");
        }
        EstateIssueView issue;
        try {
            issue = estateIssues.report(new NewEstateIssue(category, where, category.label(), triage.summary(), ReporterContact.NONE,
                    IssueChannel.STAFF, null));
        } catch (InvalidInput e) {
            throw new InvalidInput("category", String.join(" ", e.errors().values()));
        }
        estateLinks.persist(new EstateLink(report.id(), issue.id(), issue.reference(), true, current.username(), today.instant()));
        audit.record(AuditAction.CREATE, ReportGate.KIND, report.id(), "Estate issue " + issue.reference() + " raised from report "
                + report.reference() + "'s sanitised summary");
        return issue.reference();
    }

    /**
     * Shows an intelligence officer who made the report, for a reason they give; each reveal is recorded and
     * audited. Empty when the reporter gave no contact details (the attempt is still recorded).
     */
    @Transactional
    public Optional<ReporterDetails> reveal(UUID reportId, String reason) {
        IntelReport report = gate.readable(reportId);
        Map<String, String> problems = new LinkedHashMap<>();
        String why = checked("reason", "The reason", reason, Text.LONG, problems);
        if (why == null && problems.isEmpty()) {
            problems.put("reason", "Enter why you need to know who made the report");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        reveals.persist(new Reveal(report.id(), current.username(), today.instant(), why));
        audit.record(AuditAction.VIEW, ReportGate.KIND, report.id(), "Reporter of " + report.reference() + " revealed: " + why);
        return vault.open(report.id());
    }

    private String summary(UUID reportId, String text, Map<String, String> problems) {
        String summary = checked("summary", "The sanitised summary", text, SUMMARY_MAX, problems);
        if (summary == null) {
            problems.putIfAbsent("summary", "Write the sanitised summary that will be passed on");
            return null;
        }
        Optional<ReporterDetails> who = vault.open(reportId);
        if (who.isPresent()) {
            List<String> found = IdentityCheck.found(summary, who.get().name(), who.get().email(), who.get().phone());
            if (!found.isEmpty()) {
                problems.put("summary", "The summary contains the reporter's " + String.join(" and ", found)
                        + ". Take out anything that identifies them.");
            }
        }
        return summary;
    }

    private static String note(String text, Map<String, String> problems) {
        return checked("noteForReporter", "The note for the reporter", text, Text.LONG, problems);
    }

    private static String checked(String field, String label, String value, int max, Map<String, String> problems) {
        if (value == null) {
            return null;
        }
        Optional<String> problem = Text.problem(label, value, max);
        if (problem.isPresent()) {
            problems.put(field, problem.get());
            return null;
        }
        return value.isBlank() ? null : value.strip();
    }
}
