package org.placeworks.intelligence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.placeworks.audit.AuditAction;
import org.placeworks.audit.AuditTrail;
import org.placeworks.identity.CurrentStaff;
import org.placeworks.intelligence.CaseReviewFigures.FigureYear;
import org.placeworks.intelligence.internal.CaseReview;
import org.placeworks.intelligence.internal.CaseReviewClocks;
import org.placeworks.intelligence.internal.CaseReviewGate;
import org.placeworks.intelligence.internal.CaseReviewRepository;
import org.placeworks.intelligence.internal.CountedComplaint;
import org.placeworks.intelligence.internal.CountedComplaintRepository;
import org.placeworks.intelligence.internal.TriggerScope;
import org.placeworks.organisation.RowScope;
import org.placeworks.shared.CsvWriter;
import org.placeworks.shared.InvalidInput;
import org.placeworks.shared.NotFound;
import org.placeworks.shared.StaleEdit;
import org.placeworks.shared.Today;

/**
 * ASB Case Review applications: recorded by an intelligence officer about a location or victim the
 * Community Trigger counts, then acknowledged, decided (threshold met or not, with the reason), the
 * review meeting held with its recommendations, and closed, each against its working-day clock. The
 * list shows managers the clocks and the area only; the yearly published figures are counts only.
 */
@ApplicationScoped
public class CaseReviews {

    @Inject
    CaseReviewRepository reviews;

    @Inject
    CountedComplaintRepository complaints;

    @Inject
    CommunityTrigger trigger;

    @Inject
    CommunityTriggerSettings settings;

    @Inject
    CaseReviewGate gate;

    @Inject
    CaseReviewClocks clocks;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentStaff current;

    @Inject
    Today today;

    @Inject
    RowScope rows;

    /** The applications on the reader's ground, oldest first, with their clocks. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CaseReviewRow> list() {
        TriggerScope scope = gate.scope();
        if (scope.seesNothing()) {
            return List.of();
        }
        LocalDate day = today.date();
        return reviews.onGround(scope).stream().map(r -> new CaseReviewRow(r.id(), r.reference(), r.receivedOn(),
                scope.officer() ? r.place().label() : r.place().areaLabel(), r.status(), clocks.of(r, day), scope.officer()))
                .toList();
    }

    /** A location or victim to record an application about: its qualifying complaints in the window ending today. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CaseReviewSubject subject(String key) {
        return subject(key, today.date());
    }

    private CaseReviewSubject subject(String key, LocalDate upTo) {
        List<CountedComplaint> visible = visibleSubject(key);
        List<CountedComplaint> counted = complaints.qualifying(key, trigger.windowOpensAfter(upTo), upTo);
        CountedComplaint latest = counted.isEmpty() ? visible.get(visible.size() - 1) : counted.get(counted.size() - 1);
        return new CaseReviewSubject(key, key.startsWith("victim:"), latest.place().label(), settings.triggerThreshold(),
                counted.stream().map(CaseReviews::linked).toList());
    }

    /** Every qualifying complaint about a location or victim, oldest first, when the reader may read one of them; else 404. */
    private List<CountedComplaint> visibleSubject(String key) {
        List<CountedComplaint> all = key == null || key.isBlank() ? List.of() : complaints.ofSubject(key);
        if (all.stream().noneMatch(c -> gate.mayRead(c.place()))) {
            throw new NotFound("Community Trigger location or victim", key);
        }
        return all;
    }

    @Transactional
    public UUID record(NewCaseReview command) {
        visibleSubject(command.subjectKey());
        String about = command.subjectKey().startsWith("victim:") ? "this victim" : "this place";
        Map<String, String> problems = new LinkedHashMap<>();
        LocalDate received = command.receivedOn();
        if (received == null) {
            problems.put("receivedOn", "Enter the date the application was received");
        } else if (received.isAfter(today.date())) {
            problems.put("receivedOn", "The date the application was received must be today or in the past");
        }
        if (command.appliedBy() == null) {
            problems.put("appliedBy", "Select who applied");
        } else if (command.appliedBy() == CaseReviewApplicant.ON_BEHALF && (command.onBehalfOf() == null || command.onBehalfOf().isBlank())) {
            problems.put("onBehalfOf", "Enter who applied on the victim's behalf (for example, their councillor)");
        }
        List<CountedComplaint> counted = received == null || problems.containsKey("receivedOn") ? List.of()
                : complaints.qualifying(command.subjectKey(), trigger.windowOpensAfter(received), received);
        if (received != null && !problems.containsKey("receivedOn") && counted.isEmpty()) {
            problems.put("receivedOn", "No qualifying complaint about " + about
                    + " was made in the " + settings.triggerWindowMonths() + " months up to that date");
        }
        if (command.applicantReportId() == null) {
            problems.put("applicantReportId", "Select the report whose reporter applied");
        } else if (!counted.isEmpty() && counted.stream().noneMatch(c -> c.reportId().equals(command.applicantReportId()))) {
            problems.put("applicantReportId", "Select one of the reports counted up to the date the application was received");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        CountedComplaint latest = counted.get(counted.size() - 1);
        CaseReview review = new CaseReview(reviews.nextReference(received.getYear()), command.subjectKey(), latest.place(),
                received, command.appliedBy(), command.onBehalfOf() == null ? null : command.onBehalfOf().strip(),
                command.applicantReportId(), counted.stream().map(CountedComplaint::reportId).collect(Collectors.toCollection(LinkedHashSet::new)),
                current.username(), today.instant());
        reviews.persist(review);
        audit.record(AuditAction.CREATE, CaseReviewGate.KIND, review.id(), "Recorded ASB Case Review application "
                + review.reference() + " (" + counted.size() + " qualifying complaints counted)");
        return review.id();
    }

    @Transactional
    public CaseReviewView find(UUID id) {
        CaseReview review = readable(id);
        audit.record(AuditAction.VIEW, CaseReviewGate.KIND, id, "Viewed case review " + review.reference());
        return view(review);
    }

    @Transactional
    public void acknowledge(UUID id, LocalDate on, Long version) {
        CaseReview review = changing(id, version);
        review.acknowledge(required(on, "acknowledgedOn", "Enter the date the application was acknowledged"), today.date());
        audit.record(AuditAction.UPDATE, CaseReviewGate.KIND, id, "Acknowledged on " + on);
    }

    @Transactional
    public void decide(UUID id, Boolean met, String reason, LocalDate on, Long version) {
        CaseReview review = changing(id, version);
        Map<String, String> problems = new LinkedHashMap<>();
        if (met == null) {
            problems.put("thresholdMet", "Select whether the threshold is met");
        }
        if (reason == null || reason.isBlank()) {
            problems.put("decisionReason", "Enter the reason for the decision");
        }
        if (on == null) {
            problems.put("decidedOn", "Enter the date of the decision");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        review.decide(met, reason.strip(), on, today.date());
        audit.record(AuditAction.UPDATE, CaseReviewGate.KIND, id, met ? "Threshold met" : "Threshold not met");
    }

    @Transactional
    public void holdMeeting(UUID id, LocalDate on, String recommendations, Integer count, Long version) {
        CaseReview review = changing(id, version);
        Map<String, String> problems = new LinkedHashMap<>();
        if (on == null) {
            problems.put("meetingOn", "Enter the date the review meeting was held");
        }
        if (count == null) {
            problems.put("recommendationCount", "Enter how many recommendations the review made (0 if none)");
        } else if (count < 0) {
            problems.put("recommendationCount", "The number of recommendations must be 0 or more");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        review.holdMeeting(on, recommendations == null || recommendations.isBlank() ? null : recommendations.strip(), count,
                today.date());
        audit.record(AuditAction.UPDATE, CaseReviewGate.KIND, id, "Review meeting held with " + count + " recommendations");
    }

    @Transactional
    public void close(UUID id, LocalDate on, Long version) {
        CaseReview review = changing(id, version);
        review.close(required(on, "closedOn", "Enter the date the case review closed"), today.date());
        audit.record(AuditAction.UPDATE, CaseReviewGate.KIND, id, "Closed on " + on);
    }

    /**
     * The published figures for a year: counts only, across the council, for officers and managers. Counted past the
     * database's wall, which holds each reader to the reviews on their ground: the figures are the whole area's.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CaseReviewFigures figures(FigureYear year) {
        return rows.acrossBoundaries(() -> new CaseReviewFigures(year, reviews.received(year.from(), year.to()),
                reviews.thresholdNotMet(year.from(), year.to()), reviews.reviewsHeld(year.from(), year.to()),
                reviews.reviewsWithRecommendations(year.from(), year.to())));
    }

    public String figuresCsv(FigureYear year) {
        CaseReviewFigures f = figures(year);
        return CsvWriter.write(List.of("Period", "From", "To", "Applications received", "Threshold not met",
                "Reviews held", "Reviews resulting in recommendations"),
                List.of(List.of(year.label(), year.from(), year.to(), f.applications(), f.thresholdNotMet(), f.reviewsHeld(),
                        f.reviewsWithRecommendations())));
    }

    private CaseReview readable(UUID id) {
        return gate.requireReadable(reviews.findByIdOptional(id).orElseThrow(() -> new NotFound("case review", id)));
    }

    private CaseReview changing(UUID id, Long version) {
        CaseReview review = readable(id);
        StaleEdit.check("case review", version, review.version());
        return review;
    }

    private static <T> T required(T value, String field, String message) {
        if (value == null) {
            throw new InvalidInput(field, message);
        }
        return value;
    }

    private CaseReviewView view(CaseReview r) {
        Map<UUID, LinkedReport> linked = complaints.ofReports(r.reports()).stream()
                .map(CaseReviews::linked).collect(Collectors.toMap(LinkedReport::reportId, l -> l, (a, b) -> a, LinkedHashMap::new));
        return new CaseReviewView(r.id(), r.reference(), r.place().label(), r.subjectKey().startsWith("victim:"), r.receivedOn(),
                r.appliedBy(), r.onBehalfOf(), Optional.ofNullable(linked.get(r.applicantReportId())).orElse(null),
                r.complaintsCounted(), settings.triggerThreshold(), List.copyOf(linked.values()), r.status(), r.acknowledgedOn(),
                r.decidedOn(), r.thresholdMet(), r.decisionReason(), r.meetingOn(), r.recommendations(), r.recommendationCount(),
                r.closedOn(), clocks.of(r, today.date()), r.version());
    }

    private static LinkedReport linked(CountedComplaint c) {
        return new LinkedReport(c.reportId(), c.reference(), c.occurredOn(), c.receivedOn());
    }
}
