package org.placeworks.retention;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.placeworks.audit.AuditAction;
import org.placeworks.audit.AuditTrail;
import org.placeworks.organisation.AccessPolicy;
import org.placeworks.retention.internal.RetentionRepository;
import org.placeworks.retention.internal.RetentionRepository.Ended;
import org.placeworks.retention.internal.RetentionRepository.FamilyDates;
import org.placeworks.shared.Today;

/**
 * The retention review: every record whose rule has passed, listed for the data protection officer. It runs each night
 * once across every instance (the first to claim the day's row reviews, the rest skip) and whenever the officer asks.
 * It reads dates and references only; nothing is removed until the officer approves a disposal.
 */
@ApplicationScoped
public class RetentionReview {

    private static final Logger LOG = Logger.getLogger(RetentionReview.class);
    static final String KIND = "retention-review";

    @Inject
    RetentionRepository repository;

    @Inject
    RetentionSettings settings;

    @Inject
    AccessPolicy access;

    @Inject
    AuditTrail audit;

    @Inject
    Today today;

    /** The list as the officer sees it, with the day it was last reviewed. */
    public record DueList(List<DueRecord> records, Optional<LocalDate> reviewedOn) {
    }

    @Scheduled(identity = "retention-review", cron = "{placeworks.retention.review-cron}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        reviewDaily();
    }

    /** The night's review: the records due today, or -1 when today's review already ran (here or on another instance). */
    @Transactional
    public int reviewDaily() {
        LocalDate day = today.date();
        if (!repository.claim(day, today.instant())) {
            LOG.infof("Retention review for %s already done: skipped", day);
            return -1;
        }
        int found = review(day);
        repository.reviewed(day, found);
        audit.recordAs("system", AuditAction.VIEW, KIND, day.toString(), "Retention review: " + found + " records past their rule");
        return found;
    }

    /** The officer's "review now": the list brought up to date at once. */
    @Transactional
    public int reviewNow() {
        access.requireRetentionOfficer();
        int found = review(today.date());
        audit.record(AuditAction.VIEW, KIND, today.date().toString(), "Retention review: " + found + " records past their rule");
        return found;
    }

    /** The list as of the last review. */
    @Transactional
    public DueList list() {
        access.requireRetentionOfficer();
        List<DueRecord> records = repository.due().stream().map(this::line).toList();
        audit.record(AuditAction.VIEW, KIND, "list", "Listed " + records.size() + " records due for disposal");
        return new DueList(records, repository.lastReviewedOn());
    }

    /** One record on the list, locked for its disposal; empty if it is not (or no longer) on it. */
    Optional<DueRecord> dueForDisposal(RecordType type, UUID id) {
        return repository.due(type, id).map(this::line);
    }

    int review(LocalDate day) {
        RetentionRules rules = RetentionRules.of(settings);
        List<DueRecord> due = new ArrayList<>();
        for (FamilyDates family : repository.familiesWithoutOpenCases()) {
            List<LocalDate> children = family.youngestChildBorn() == null ? List.of() : List.of(family.youngestChildBorn());
            rules.earlyHelpDue(children, family.lastActivity(), false).filter(on -> RetentionRules.isDue(on, day))
                    .ifPresent(on -> due.add(new DueRecord(RecordType.EARLY_HELP, family.familyId(), familyReference(family),
                            family.lastActivity(), on, rule(RecordType.EARLY_HELP))));
        }
        for (Ended report : repository.closedReports()) {
            LocalDate on = rules.intelligenceDue(report.endedOn());
            if (RetentionRules.isDue(on, day)) {
                due.add(new DueRecord(RecordType.INTELLIGENCE, report.id(), report.reference(), report.endedOn(), on,
                        rule(RecordType.INTELLIGENCE)));
            }
        }
        for (Ended request : repository.releasedRequests()) {
            LocalDate on = rules.subjectAccessDue(request.endedOn());
            if (RetentionRules.isDue(on, day)) {
                due.add(new DueRecord(RecordType.SUBJECT_ACCESS, request.id(), request.reference(), request.endedOn(), on,
                        rule(RecordType.SUBJECT_ACCESS)));
            }
        }
        repository.replaceDue(due, day);
        return due.size();
    }

    /** The rule's basis in plain English, as configured. */
    public String rule(RecordType type) {
        return switch (type) {
            case EARLY_HELP -> settings.earlyHelp().basis();
            case INTELLIGENCE -> settings.intelligence().basis();
            case SUBJECT_ACCESS -> settings.subjectAccess().basis();
        };
    }

    /** The audit trail's rule, shown beside the others: the app itself never removes audit entries. */
    public String auditRule() {
        return settings.audit().basis();
    }

    private static String familyReference(FamilyDates family) {
        return family.caseReferences() == null ? "Family with no early help case" : "Cases " + family.caseReferences();
    }

    private DueRecord line(Object[] r) {
        RecordType type = RecordType.valueOf((String) r[0]);
        return new DueRecord(type, (UUID) r[1], (String) r[2], toDate(r[3]), toDate(r[4]), rule(type));
    }

    private static LocalDate toDate(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
