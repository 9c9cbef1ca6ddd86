package org.placeworks.caf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.placeworks.caf.Score;
import org.placeworks.family.Ethnicity;
import org.placeworks.family.Families;
import org.placeworks.family.FamilyView;
import org.placeworks.family.NewFamily;
import org.placeworks.family.PersonCommand;
import org.placeworks.family.Relationship;
import org.placeworks.family.Sex;
import org.placeworks.geography.AddressCommand;
import org.placeworks.geography.Places;
import org.placeworks.identity.ActingAs;
import org.placeworks.identity.Roles;
import org.placeworks.organisation.Thornbury;
import org.placeworks.shared.Conflict;
import org.placeworks.shared.Forbidden;
import org.placeworks.shared.InvalidInput;
import org.placeworks.shared.NotFound;
import org.placeworks.shared.OutsideBoundary;
import org.placeworks.shared.StaleEdit;

/**
 * The early help cycle through its services, as different members of staff: the rules, the
 * refusals and who may do what. Each actor works in a request of their own.
 */
@QuarkusTest
class CaseWorkTest {

    private static final Set<String> WORKER = Set.of(Roles.FRONTLINE, Roles.LEAD_PROFESSIONAL);

    @Inject
    ActingAs actingAs;

    @Inject
    org.placeworks.shared.BankHolidays calendar;

    @Inject
    CaseLoops loops;

    @Inject
    Families families;

    @Inject
    Referrals referrals;

    @Inject
    CaseWork work;

    @Inject
    CafCases cases;

    @Inject
    Places places;

    @Inject
    Thornbury thornbury;

    @Inject
    MockMailbox mailbox;

    private FamilyView family;
    private UUID caseId;
    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));

    @BeforeEach
    void aReferredFamilyInNorthgate() {
        mailbox.clear();
        family = frontline(() -> {
            String name = Thornbury.unique("Haworth").replace(' ', '-');
            FamilyView f = families.register(new NewFamily(name + " family",
                    thornbury.address(Thornbury.MARKET_PLACE_UPRN).id()));
            families.addPerson(f.id(), person("Dana", name, LocalDate.of(1988, 1, 5), Relationship.PARENT), true);
            families.addPerson(f.id(), person("Ellis", name, today.minusYears(16).minusDays(3), Relationship.CHILD), true);
            families.addPerson(f.id(), person("Finn", name, today.minusYears(9), Relationship.CHILD), true);
            return families.family(f.id());
        });
        caseId = frontline(() -> referrals.refer(new ReferralCommand(family.id(),
                Set.of(family.children().get(0).id(), family.children().get(1).id()), "Pat Teacher", null,
                "pat.teacher@school.example", null, "Attendance has fallen", List.of(
                        new NeedCommand("School attendance", HeadlineOutcome.EDUCATION),
                        new NeedCommand("Rent arrears", HeadlineOutcome.HOUSING)), null, today.minusDays(5))));
    }

    @Test
    void consentOpensTheAssessmentDueTenWorkingDaysLater() {
        LocalDate consented = today.minusDays(1);
        frontline(() -> work.recordConsent(caseId, consent("Dana", consented)));
        CaseView view = frontline(() -> cases.find(caseId));
        assertThat(view.status()).isEqualTo(CaseStatus.ASSESSMENT);
        // Counted day by day, whatever day of the week the consent fell on (from a Saturday, ten working days end on
        // the second Friday, 13 days later): Monday to Friday, bank holidays left out.
        LocalDate due = view.assessmentDueOn();
        assertThat(consented.plusDays(1).datesUntil(due.plusDays(1))
                .filter(d -> d.getDayOfWeek().getValue() <= 5 && !calendar.isBankHoliday(d)).count())
                .as("working days after the consent, up to and including the day due").isEqualTo(10);
        assertThat(due.getDayOfWeek().getValue()).as("due on a weekday").isLessThanOrEqualTo(5);
        assertThat(calendar.isBankHoliday(due)).as("due on a bank holiday").isFalse();
    }

    @Test
    void aYoungPersonOfSixteenMayConsentForThemselvesButNotAYoungerChild() {
        UUID sixteen = family.children().get(0).id();
        UUID nine = family.children().get(1).id();
        assertThatThrownBy(() -> frontline(() -> work.recordConsent(caseId,
                new ConsentCommand(null, nine, today, "Assessment", Set.of(), Set.of(), version()))))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("under 16");
        frontline(() -> work.recordConsent(caseId,
                new ConsentCommand(null, sixteen, today, "Assessment", Set.of(), Set.of(), version())));
        CaseView view = frontline(() -> cases.find(caseId));
        assertThat(view.consent().byYoungPerson()).isTrue();
        assertThat(view.consent().givenBy()).startsWith("Ellis");
    }

    @Test
    void anAssessmentBeforeConsentIsRefusedAndNothingSaved() {
        assertThatThrownBy(() -> frontline(() -> work.recordAssessment(caseId, new AssessmentCommand(
                Map.of(CafElement.HEALTH, "Registered with a GP"), Map.of(), Map.of(), List.of(), null, null, false, version()))))
                .isInstanceOf(Conflict.class).hasMessageContaining("consent");
        assertThat(frontline(() -> cases.find(caseId)).findings()).isEmpty();
    }

    @Test
    void anAssessmentWrittenUpLaterKeepsItsDateButNotBeforeConsent() {
        frontline(() -> work.recordConsent(caseId, consent("Dana", today.minusDays(4))));
        CaseView assessing = frontline(() -> cases.find(caseId));
        Map<UUID, Score> scores = new LinkedHashMap<>();
        assessing.needs().forEach(n -> scores.put(n.id(), new Score(5)));
        assertThatThrownBy(() -> frontline(() -> work.recordAssessment(caseId, new AssessmentCommand(
                Map.of(CafElement.LEARNING, "Keen"), Map.of(), scores, List.of(), null, null, true, assessing.version(),
                today.minusDays(5))))).isInstanceOf(InvalidInput.class).hasMessageContaining("before consent");
        frontline(() -> work.recordAssessment(caseId, new AssessmentCommand(Map.of(CafElement.LEARNING, "Keen"), Map.of(),
                scores, List.of(), null, null, true, assessing.version(), today.minusDays(2))));
        CaseView done = frontline(() -> cases.find(caseId));
        assertThat(done.assessmentCompletedOn()).isEqualTo(today.minusDays(2));
        assertThat(done.nextReviewDueOn()).isEqualTo(today.minusDays(2).plusWeeks(6));
    }

    @Test
    void aStaleEditIsRefused() {
        // A lead professional is appointed only after consent, so the edit that makes the version stale comes after it.
        frontline(() -> work.recordConsent(caseId, consent("Dana", today)));
        long seen = version();
        frontline(() -> work.appointLeadProfessional(caseId, thornbury.member("frontline").id(), seen));
        assertThatThrownBy(() -> frontline(() -> work.recordAssessment(caseId, new AssessmentCommand(
                Map.of(CafElement.HEALTH, "Registered with a GP"), Map.of(), Map.of(), List.of(), null, null, false, seen))))
                .isInstanceOf(StaleEdit.class).hasMessageContaining("This case was changed by someone else");
        assertThat(frontline(() -> cases.find(caseId)).findings()).isEmpty();
    }

    @Test
    void aTeamMemberFromAnotherServiceSeesTheCaseAndUpdatesOnlyTheirOwnActions() {
        plan();
        UUID nurse = thornbury.member("frontline2").id();
        UUID worker = thornbury.member("frontline").id();
        assertThatThrownBy(() -> nurseDoes(() -> cases.find(caseId))).isInstanceOf(NotFound.class);

        frontline(() -> work.addTeamMember(caseId, nurse, version()));
        UUID need = frontline(() -> cases.find(caseId)).needs().get(0).id();
        frontline(() -> work.addAction(caseId, new ActionCommand(need, "Health check", nurse, today.plusDays(7), version())));
        frontline(() -> work.addAction(caseId, new ActionCommand(need, "Walking bus", worker, today.plusDays(7), version())));

        CaseView seen = nurseDoes(() -> cases.find(caseId));
        assertThat(seen.canEdit()).isFalse();
        CaseView.ActionView mine = seen.actions().stream().filter(CaseView.ActionView::mine).findFirst().orElseThrow();
        CaseView.ActionView theirs = seen.actions().stream().filter(a -> !a.mine()).findFirst().orElseThrow();
        nurseDoes(() -> work.progressAction(caseId, mine.id(), ActionStatus.DONE, mine.version()));
        assertThatThrownBy(() -> nurseDoes(() -> work.progressAction(caseId, theirs.id(), ActionStatus.DONE, theirs.version())))
                .isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> nurseDoes(() -> work.stepUp(caseId, today, "x", seen.version())))
                .isInstanceOf(Forbidden.class);
        assertThat(frontline(() -> cases.find(caseId)).actions())
                .anySatisfy(a -> assertThat(a.status()).isEqualTo(ActionStatus.DONE))
                .anySatisfy(a -> assertThat(a.status()).isEqualTo(ActionStatus.NOT_STARTED));

        frontline(() -> work.removeTeamMember(caseId, nurse, version()));
        assertThatThrownBy(() -> nurseDoes(() -> cases.find(caseId))).isInstanceOf(NotFound.class);
    }

    @Test
    void aTeamMemberSeesOnlyTheirOwnCaseOnTheFamilysTimelineAndCannotChangeTheFamilyOrReferIt() {
        plan();
        UUID nurse = thornbury.member("frontline2").id();
        frontline(() -> work.addTeamMember(caseId, nurse, version()));
        UUID otherCase = frontline(() -> referrals.refer(new ReferralCommand(family.id(), Set.of(family.children().get(1).id()),
                "GP", null, "gp@nhs.example", null, "Sleep problems", List.of(new NeedCommand("Sleep", HeadlineOutcome.HEALTH)),
                null, today)));
        String mine = frontline(() -> cases.find(caseId)).reference();
        String theirs = frontline(() -> cases.find(otherCase)).reference();

        var seen = nurseDoes(() -> families.timeline(family.id()));
        assertThat(seen).extracting(org.placeworks.family.TimelineEntry::what)
                .anySatisfy(w -> assertThat(w).startsWith(mine))
                .noneSatisfy(w -> assertThat(w).startsWith(theirs));
        assertThatThrownBy(() -> nurseDoes(() -> families.addPerson(family.id(),
                person("Gil", "X", today.minusYears(2), Relationship.CHILD), true))).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> nurseDoes(() -> families.share(family.id(), thornbury.member("estate").id(), "curious")))
                .isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> nurseDoes(() -> referrals.refer(new ReferralCommand(family.id(),
                Set.of(family.children().get(0).id()), "Nurse", null, "n@nhs.example", null, "x",
                List.of(new NeedCommand("x", HeadlineOutcome.HEALTH)), null, today)))).isInstanceOf(Forbidden.class);
    }

    @Test
    void aLeadProfessionalFromOutsideLosesAccessWhenTheCaseCloses() {
        plan();
        UUID nurse = thornbury.member("frontline2").id();
        frontline(() -> work.appointLeadProfessional(caseId, nurse, version()));
        assertThat(nurseDoes(() -> cases.find(caseId)).reference()).isNotBlank();
        frontline(() -> work.withdrawConsent(caseId, today, "Family declined", version()));
        assertThatThrownBy(() -> nurseDoes(() -> cases.find(caseId))).isInstanceOf(NotFound.class);
    }

    @Test
    void nobodyFromAnAgencyTheFamilyRefusedJoinsTheCaseEvenAsAnActionOwner() {
        UUID health = thornbury.agency("Eastmoor Community Health NHS Trust");
        frontline(() -> work.recordConsent(caseId, new ConsentCommand("Dana", null, today, "Assessment", Set.of(),
                Set.of(health), version())));
        CaseView assessing = frontline(() -> cases.find(caseId));
        Map<UUID, Score> scores = new LinkedHashMap<>();
        assessing.needs().forEach(n -> scores.put(n.id(), new Score(4)));
        frontline(() -> work.recordAssessment(caseId, new AssessmentCommand(Map.of(CafElement.LEARNING, "Keen"), Map.of(),
                scores, List.of(), null, null, true, assessing.version())));
        UUID nurse = thornbury.member("frontline2").id();
        UUID need = assessing.needs().get(0).id();
        assertThatThrownBy(() -> frontline(() -> work.addAction(caseId, new ActionCommand(need, "Health check", nurse,
                today.plusDays(7), version())))).isInstanceOf(InvalidInput.class).hasMessageContaining("did not agree");
        assertThatThrownBy(() -> frontline(() -> work.addTeamMember(caseId, nurse, version())))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> frontline(() -> work.appointLeadProfessional(caseId, nurse, version())))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> nurseDoes(() -> cases.find(caseId))).isInstanceOf(NotFound.class);
    }

    @Test
    void aReviewRecordsProgressAndANewScoreForEveryNeed() {
        plan();
        CaseView before = frontline(() -> cases.find(caseId));
        Map<UUID, Progress> progress = new LinkedHashMap<>();
        Map<UUID, Score> scores = new LinkedHashMap<>();
        progress.put(before.needs().get(0).id(), Progress.IMPROVED);
        scores.put(before.needs().get(0).id(), new Score(7));
        assertThatThrownBy(() -> frontline(() -> work.recordReview(caseId,
                new ReviewCommand(today, "Partial", progress, scores, before.version()))))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("Rent arrears");
        progress.put(before.needs().get(1).id(), Progress.WORSE);
        scores.put(before.needs().get(1).id(), new Score(2));
        frontline(() -> work.recordReview(caseId, new ReviewCommand(today, "Attendance better", progress, scores, before.version())));
        CaseView after = frontline(() -> cases.find(caseId));
        assertThat(after.reviews()).hasSize(1);
        assertThat(after.needs().get(0).currentScore()).isEqualTo(7);
        assertThat(after.needs().get(0).baselineScore()).isEqualTo(4);
        assertThat(after.nextReviewDueOn()).isEqualTo(today.plusMonths(3));
    }

    @Test
    void closingWithoutOutcomesIsRefusedThenClosingTellsTheReferrer() {
        plan();
        CaseView open = frontline(() -> cases.find(caseId));
        assertThatThrownBy(() -> frontline(() -> work.close(caseId,
                new ClosureCommand(ClosureReason.NEEDS_MET, today, Map.of(), null, open.version()))))
                .isInstanceOf(InvalidInput.class);
        assertThat(frontline(() -> cases.find(caseId)).status()).isEqualTo(CaseStatus.ACTIVE_PLAN);
        assertThat(mailbox.getMailsSentTo("pat.teacher@school.example")).isNullOrEmpty();

        Map<UUID, NeedOutcome> outcomes = new LinkedHashMap<>();
        open.needs().forEach(n -> outcomes.put(n.id(), NeedOutcome.MET));
        frontline(() -> work.close(caseId, new ClosureCommand(ClosureReason.NEEDS_MET, today, outcomes, "Goals met",
                open.version())));
        // The service wants closures signed off: nothing closes, and nobody is told, until a manager does.
        assertThat(frontline(() -> cases.find(caseId)).status()).isEqualTo(CaseStatus.ACTIVE_PLAN);
        assertThat(mailbox.getMailsSentTo("pat.teacher@school.example")).isNullOrEmpty();
        actingAs.run("manager", Set.of(Roles.MANAGER), () -> loops.decideSignOff(caseId, new SignOffCommand(SignOffState.SIGNED_OFF,
                "Outcomes evidenced", cases.find(caseId).version())));
        CaseView closed = frontline(() -> cases.find(caseId));
        assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(closed.needs()).allSatisfy(n -> assertThat(n.outcome()).isEqualTo(NeedOutcome.MET));
        assertThat(mailbox.getMailsSentTo("pat.teacher@school.example")).singleElement()
                .satisfies(m -> assertThat(m.getText()).contains(closed.reference()).contains("Needs met")
                        .doesNotContain(family.name()));
        assertThatThrownBy(() -> frontline(() -> work.recordReview(caseId,
                new ReviewCommand(today, null, Map.of(), Map.of(), closed.version()))))
                .isInstanceOf(Conflict.class).hasMessageContaining("closed");
    }

    @Test
    void aStepCannotBeDatedBeforeWhatTheCaseAlreadyRecords() {
        plan();
        CaseView open = frontline(() -> cases.find(caseId));
        Map<UUID, NeedOutcome> outcomes = new LinkedHashMap<>();
        open.needs().forEach(n -> outcomes.put(n.id(), NeedOutcome.MET));
        assertThatThrownBy(() -> frontline(() -> work.close(caseId,
                new ClosureCommand(ClosureReason.NEEDS_MET, today.minusDays(30), outcomes, null, open.version()))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors().get("closedOn"))
                        .contains("The closure date cannot be before"));
        assertThatThrownBy(() -> frontline(() -> work.stepUp(caseId, LocalDate.of(1900, 1, 1), "Harm disclosed", open.version())))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors()).containsKey("steppedUpOn"));
        Map<UUID, Progress> progress = new LinkedHashMap<>();
        Map<UUID, Score> scores = new LinkedHashMap<>();
        open.needs().forEach(n -> {
            progress.put(n.id(), Progress.IMPROVED);
            scores.put(n.id(), new Score(6));
        });
        assertThatThrownBy(() -> frontline(() -> work.recordReview(caseId,
                new ReviewCommand(today.minusDays(10), null, progress, scores, open.version()))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors()).containsKey("heldOn"));
        assertThat(frontline(() -> cases.find(caseId)).status()).isEqualTo(CaseStatus.ACTIVE_PLAN);
    }

    @Test
    void consentCannotBeWithdrawnBeforeItWasGiven() {
        frontline(() -> work.recordConsent(caseId, consent("Dana", today.minusDays(1))));
        assertThatThrownBy(() -> frontline(() -> work.withdrawConsent(caseId, today.minusDays(4), null, version())))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors().get("withdrawnOn"))
                        .contains("cannot be before the date consent was given"));
        assertThat(frontline(() -> cases.find(caseId)).status()).isEqualTo(CaseStatus.ASSESSMENT);
    }

    @Test
    void withdrawingConsentClosesTheCase() {
        frontline(() -> work.recordConsent(caseId, consent("Dana", today)));
        frontline(() -> work.withdrawConsent(caseId, today, "Family declined further help", version()));
        CaseView view = frontline(() -> cases.find(caseId));
        assertThat(view.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(view.closureReason()).isEqualTo(ClosureReason.CONSENT_WITHDRAWN);
    }

    @Test
    void aFamilyOutsideEveryEarlyInterventionBoundaryCannotHaveACase() {
        UUID eastbrook = actingAs.call("admin", Set.of(Roles.ADMIN), () -> {
            UUID neighbourhood = thornbury.uncoveredNeighbourhood().id();
            String uprn = String.valueOf(200000000000L + (long) (Math.random() * 99999999L));
            UUID address = places.createAddress(new AddressCommand(uprn, "1 Green Lane", null, "Eastbrook", "EB1 1AA",
                    neighbourhood, null, null)).id();
            FamilyView f = families.register(new NewFamily("Green family", address));
            families.addPerson(f.id(), person("Gus", "Green", today.minusYears(6), Relationship.CHILD), true);
            return f.id();
        });
        assertThatThrownBy(() -> actingAs.call("admin", Set.of(Roles.ADMIN), () -> referrals.refer(new ReferralCommand(
                eastbrook, Set.of(families.family(eastbrook).children().get(0).id()), "GP", null, "gp@nhs.example", null,
                "Concern", List.of(new NeedCommand("Health", HeadlineOutcome.HEALTH)), null, today))))
                .isInstanceOf(OutsideBoundary.class).hasMessageContaining("outside every Early Intervention");
    }

    @Test
    void theFamilyTimelineShowsTheCaseNewestFirst() {
        frontline(() -> work.recordConsent(caseId, consent("Dana", today)));
        var timeline = frontline(() -> families.timeline(family.id()));
        assertThat(timeline).extracting(org.placeworks.family.TimelineEntry::what)
                .anySatisfy(w -> assertThat(w).contains("Consent given by Dana"))
                .anySatisfy(w -> assertThat(w).contains("Request for support received"));
        assertThat(timeline.get(0).at()).isAfterOrEqualTo(timeline.get(timeline.size() - 1).at());
    }

    /** Consent, a completed assessment (baseline 4 for every need) and a lead professional. */
    private void plan() {
        frontline(() -> work.recordConsent(caseId, consent("Dana", today)));
        CaseView assessing = frontline(() -> cases.find(caseId));
        Map<UUID, Score> scores = new LinkedHashMap<>();
        assessing.needs().forEach(n -> scores.put(n.id(), new Score(4)));
        frontline(() -> work.recordAssessment(caseId, new AssessmentCommand(Map.of(CafElement.LEARNING, "Likes maths"),
                Map.of(CafElement.LEARNING, "Misses Mondays"), scores, List.of(), "I like my teacher", "We want help", true,
                assessing.version())));
        frontline(() -> work.appointLeadProfessional(caseId, thornbury.member("frontline").id(), version()));
    }

    private ConsentCommand consent(String by, LocalDate on) {
        return new ConsentCommand(by, null, on, "Assessment and sharing with the Team Around the Family", Set.of(), Set.of(),
                version());
    }

    private long version() {
        return frontline(() -> cases.find(caseId)).version();
    }

    private <T> T frontline(Supplier<T> work) {
        return actingAs.call("frontline", WORKER, work);
    }

    private void frontline(Runnable work) {
        actingAs.run("frontline", WORKER, work);
    }

    private <T> T nurseDoes(Supplier<T> work) {
        return actingAs.call("frontline2", WORKER, work);
    }

    private void nurseDoes(Runnable work) {
        actingAs.run("frontline2", WORKER, work);
    }

    private static PersonCommand person(String given, String family, LocalDate dob, Relationship relationship) {
        return new PersonCommand(given, family, null, dob, null, Sex.NOT_KNOWN, Ethnicity.NOBT, "English", false, null, null,
                null, null, relationship, true, null);
    }
}
