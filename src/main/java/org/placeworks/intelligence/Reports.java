package org.placeworks.intelligence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.placeworks.audit.AuditAction;
import org.placeworks.audit.AuditTrail;
import org.placeworks.identity.CurrentStaff;
import org.placeworks.intelligence.internal.Addition;
import org.placeworks.intelligence.internal.AdditionRepository;
import org.placeworks.intelligence.internal.IntelReport;
import org.placeworks.intelligence.internal.IntelReportRepository;
import org.placeworks.intelligence.internal.ReceiptCodes;
import org.placeworks.intelligence.internal.ReceiptHash;
import org.placeworks.intelligence.internal.ReceiptHashRepository;
import org.placeworks.intelligence.internal.ReportGate;
import org.placeworks.intelligence.internal.ReportPlaces;
import org.placeworks.intelligence.internal.ReportRecords;
import org.placeworks.intelligence.internal.ReporterVault;
import org.placeworks.organisation.RowScope;
import org.placeworks.organisation.ServiceView;
import org.placeworks.organisation.Services;
import org.placeworks.shared.Forbidden;
import org.placeworks.shared.InvalidInput;
import org.placeworks.shared.StaleEdit;
import org.placeworks.shared.Text;
import org.placeworks.shared.Today;

/**
 * The confidential reporting channel: reports made online by residents (no sign-in) or written down by
 * staff, followed by the reporter with their receipt code, and read by intelligence officers through
 * {@link ReportGate}. Who reported is sealed by {@code ReporterVault} and never part of what this returns.
 */
@ApplicationScoped
public class Reports {

    @Inject
    IntelReportRepository reports;

    @Inject
    ReceiptHashRepository receipts;

    @Inject
    AdditionRepository additions;

    @Inject
    ReporterVault vault;

    @Inject
    ReceiptCodes codes;

    @Inject
    ReportPlaces places;

    @Inject
    ReportGate gate;

    @Inject
    ReportRecords records;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentStaff current;

    @Inject
    Services services;

    @Inject
    Today today;

    @Inject
    IntelligenceSettings settings;

    @Inject
    org.placeworks.intelligence.internal.TriggerIntake trigger;

    @Inject
    RowScope rows;

    /** A report made online by a resident, who is given the receipt code once. */
    @Transactional
    public ReportReceipt submitPublic(NewReport report) {
        return submit(report, ReportChannel.ONLINE, null, null);
    }

    /**
     * A report written down by a signed-in member of staff: their own ({@code STAFF}) or one taken by phone
     * for a resident ({@code PHONE}), with the resident's details if they gave them.
     */
    @Transactional
    public ReportReceipt submitByStaff(NewReport report, ReportChannel channel) {
        return submitByStaff(report, channel, null);
    }

    /**
     * As {@link #submitByStaff(NewReport, ReportChannel)}, for a report that reached staff on an earlier day (a
     * letter, a call taken away from the desk) and is written down now: it is received on that day, so time
     * limits counted from receipt (the Community Trigger's) stay true. Null means now.
     */
    @Transactional
    public ReportReceipt submitByStaff(NewReport report, ReportChannel channel, LocalDate receivedOn) {
        if (!current.signedIn()) {
            throw new Forbidden("Only signed-in staff can write down a report for someone.");
        }
        if (channel != ReportChannel.STAFF && channel != ReportChannel.PHONE) {
            throw new InvalidInput("channel", "Select how the report reached you");
        }
        return submit(report, channel, current.username(), receivedOn);
    }

    private ReportReceipt submit(NewReport report, ReportChannel channel, String takenBy, LocalDate receivedOn) {
        Map<String, String> problems = problemsWith(report);
        if (receivedOn != null && receivedOn.isAfter(today.date())) {
            problems.put("receivedOn", "The date the report was received must be today or in the past");
        } else if (receivedOn != null && report.occurredOn() != null && receivedOn.isBefore(report.occurredOn())) {
            problems.put("receivedOn", "The date the report was received must be on or after the day it happened");
        }
        ReportPlaces.Placed placed = null;
        if (report.location() != null) {
            try {
                placed = places.place(report.location());
            } catch (InvalidInput e) {
                e.errors().forEach(problems::putIfAbsent);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        IntelReport saved = records.create(reports.nextReference(today.date().getYear()), report, placed, channel,
                receivedOn == null || receivedOn.equals(today.date()) ? today.instant()
                        : receivedOn.atTime(LocalTime.NOON).atZone(Today.LONDON).toInstant(), takenBy);
        vault.keep(saved.id(), report.reporter());
        trigger.saved(saved, report.reporter());
        String code = codes.newCode();
        receipts.persist(records.receipt(saved.id(), codes.hash(code)));
        audit.record(AuditAction.CREATE, ReportGate.KIND, saved.id(), "Report " + saved.reference() + " received: "
                + channel.label().toLowerCase(java.util.Locale.UK) + (saved.outsideArea() ? ", outside our area" : ""));
        return new ReportReceipt(saved.id(), saved.reference(), code);
    }

    /** What is wrong with a report, by field (in the order of the form); empty when nothing is. */
    public Map<String, String> problemsWith(NewReport r) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (r.category() == null) {
            problems.put("category", "Select what the report is about");
        }
        if (r.whatHappened() == null || r.whatHappened().isBlank()) {
            problems.put("whatHappened", "Tell us what happened");
        } else {
            Text.problem("What happened", r.whatHappened(), Text.LONG).ifPresent(p -> problems.put("whatHappened", p));
        }
        LocalDate todayDate = today.date();
        if (r.occurredOn() == null) {
            problems.put("occurredOn", "Enter the date it happened");
        } else if (r.occurredOn().isAfter(todayDate)) {
            problems.put("occurredOn", "The date it happened must be today or in the past");
        } else if (r.occurredOn().isBefore(todayDate.minusYears(100))) {
            problems.put("occurredOn", "The date it happened must be a real date in the last 100 years");
        } else if (r.occurredTime() != null && r.occurredOn().equals(todayDate)
                && r.occurredTime().isAfter(today.now().toLocalTime().plusMinutes(1))) {
            problems.put("occurredTime", "The time it happened must be in the past");
        }
        if (r.location() == null) {
            problems.put("where", "Tell us where it happened: choose an area, find the address, or describe the place");
        } else if (r.location().description() != null) {
            Text.problem("The description of the place", r.location().description(), Text.LONG)
                    .ifPresent(p -> problems.put("placeDescription", p));
        }
        if (r.victim() == null) {
            problems.put("victim", "Select whether this happened to you");
        }
        ReporterDetails who = r.reporter();
        if (who != null) {
            Text.problem("Your name", who.name(), Text.SHORT).ifPresent(p -> problems.put("reporterName", p));
            if (who.email() != null && !who.email().isBlank()
                    && (who.email().strip().length() > 254 || !who.email().strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
                problems.put("reporterEmail", "Enter an email address in the correct format, like name@example.com");
            }
            if (who.phone() != null && !who.phone().isBlank()
                    && !who.phone().strip().matches("\\+?[0-9 ()-]{6,30}")) {
                problems.put("reporterPhone", "Enter a telephone number, like 01632 960 001 or 07700 900 982");
            }
            if (who.preferredContact() == PreferredContact.EMAIL && (who.email() == null || who.email().isBlank())) {
                problems.putIfAbsent("reporterEmail", "Enter an email address, or choose another way to be contacted");
            }
            if (who.preferredContact() == PreferredContact.PHONE && (who.phone() == null || who.phone().isBlank())) {
                problems.putIfAbsent("reporterPhone", "Enter a telephone number, or choose another way to be contacted");
            }
        }
        return problems;
    }

    /** A report as an intelligence officer reads it (never who reported it); 404 for anyone else. The read is audited. */
    @Transactional
    public ReportView find(UUID reportId) {
        IntelReport report = gate.readable(reportId);
        audit.record(AuditAction.VIEW, ReportGate.KIND, report.id(), "Report " + report.reference() + " read");
        return view(report);
    }

    /**
     * Subject access: reports whose account or added information names the person (their full name, any case), for
     * the data protection officer only (the access policy decides; 404 for anyone else). Never who reported them:
     * the reporter is held apart and is not read here. Each report handed over is audited as an export.
     */
    @Transactional
    public List<ReportView> naming(String fullName) {
        policy.requireSubjectAccessOfficer();
        String like = "%" + fullName.toLowerCase(java.util.Locale.ROOT) + "%";
        List<IntelReport> found = reports.list("lower(whatHappened) like ?1 or id in (select a.reportId from Addition a"
                + " where lower(a.text) like ?1) order by receivedAt", like);
        return found.stream().map(r -> {
            audit.record(AuditAction.EXPORT, ReportGate.KIND, r.id(), "Report " + r.reference() + " compiled for a subject access request");
            return view(r);
        }).toList();
    }

    @Inject
    org.placeworks.organisation.AccessPolicy policy;

    /** The reports the reader may read, newest first, one page (from 1) at a time. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ReportPage list(ReportFilter filter, int page) {
        int size = settings.pageSize();
        int number = Math.max(1, page);
        ReportGate.Ground ground = gate.ground();
        if (ground.nothing()) {
            return new ReportPage(List.of(), number, size, 0);
        }
        List<IntelReport> rows = reports.page(ground, filter, number, size);
        var placed = places.views(rows);
        return new ReportPage(rows.stream().map(r -> new ReportSummary(r.id(), r.reference(), r.category(), r.status(),
                r.receivedAt(), r.occurredOn(), placed.get(r.id()).oneLine(), r.outsideArea(), r.channel())).toList(),
                number, size, reports.count(ground, filter));
    }

    /** How many reports the reader may read are waiting to be looked at. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long waiting() {
        ReportGate.Ground ground = gate.ground();
        return ground.nothing() ? 0 : reports.withStatus(ground, ReportStatus.RECEIVED);
    }

    /** Information a member of staff adds to a report they may read. */
    @Transactional
    public void addInformation(UUID reportId, String text) {
        IntelReport report = gate.readable(reportId);
        String checked = checkedAddition(text);
        additions.persist(records.addition(report.id(), checked, today.instant(), current.username()));
        audit.record(AuditAction.UPDATE, ReportGate.KIND, report.id(), "Information added to report " + report.reference());
    }

    /**
     * An officer moves a report on (looked at, or closed) with a note the reporter reads when they check it
     * with their receipt code; passing it on to another service is routing's step, not this one. Refused when
     * the report changed since the officer opened it ({@code version}).
     */
    @Transactional
    public void updateStatus(UUID reportId, ReportStatus status, String noteForReporter, Long version) {
        IntelReport report = gate.readable(reportId);
        Map<String, String> problems = new LinkedHashMap<>();
        if (status == null || status == ReportStatus.ROUTED) {
            problems.put("status", "Select where the report is now");
        }
        if (noteForReporter != null) {
            Text.problem("The note for the reporter", noteForReporter, Text.LONG).ifPresent(p -> problems.put("statusNote", p));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        StaleEdit.check("report", version, report.version());
        report.moveTo(status, noteForReporter == null || noteForReporter.isBlank() ? null : noteForReporter.strip(), today.instant());
        audit.record(AuditAction.UPDATE, ReportGate.KIND, report.id(), "Report " + report.reference() + " is now " + status.label());
    }

    /**
     * What the reporter sees with their receipt code. A wrong code and an unknown one are the same answer:
     * empty. Nothing about the person asking is recorded.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ReceiptStatus> statusByReceipt(String code) {
        // The code is the reporter's key to their one report, wherever it lies: read past the database's wall, which
        // holds someone not signed in to nothing.
        return rows.acrossBoundaries(() -> receipts.reportWith(codes.hash(code)).flatMap(reports::findByIdOptional)
                .map(r -> new ReceiptStatus(r.reference(), r.category(), r.occurredOn(), r.receivedAt(), r.status(), r.statusNote(),
                        additions.countOf(r.id()))));
    }

    /**
     * Adds what the reporter tells us later, with their receipt code: false (and nothing saved) when the
     * code matches no report, the same answer for a wrong code as for an unknown one.
     */
    @Transactional
    public boolean addInformationByReceipt(String code, String text) {
        String checked = checkedAddition(text);
        Optional<IntelReport> report = rows.acrossBoundaries(() -> receipts.reportWith(codes.hash(code)).flatMap(reports::findByIdOptional));
        report.ifPresent(r -> {
            additions.persist(records.addition(r.id(), checked, today.instant(), null));
            audit.record(AuditAction.UPDATE, ReportGate.KIND, r.id(), "The reporter added information to report " + r.reference());
        });
        return report.isPresent();
    }

    private static String checkedAddition(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInput("information", "Enter the information you want to add");
        }
        Text.problem("The information", text, Text.LONG).ifPresent(p -> {
            throw new InvalidInput("information", p);
        });
        return text.strip();
    }

    private ReportView view(IntelReport r) {
        String owner = r.owningServiceId() == null ? null
                : services.findService(r.owningServiceId()).map(ServiceView::name).orElse(null);
        return new ReportView(r.id(), r.reference(), r.category(), r.whatHappened(), r.occurredOn(), r.occurredTime(),
                places.view(r), r.victim(), r.channel(), r.receivedAt(), r.takenBy(), r.status(), r.statusNote(),
                r.statusChangedAt(), r.owningServiceId(), owner, vault.held(r.id()),
                additions.ofReport(r.id()).stream().map(Addition::view).toList(), r.version());
    }
}
