package org.placeworks.caf.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;
import org.placeworks.audit.AuditAction;
import org.placeworks.audit.AuditTrail;
import org.placeworks.caf.ActionCommand;
import org.placeworks.caf.AssessmentCommand;
import org.placeworks.caf.CafCases;
import org.placeworks.caf.CafElement;
import org.placeworks.caf.CaseLoop;
import org.placeworks.caf.CaseNotes;
import org.placeworks.caf.CaseView;
import org.placeworks.caf.CaseWork;
import org.placeworks.caf.ConsentCommand;
import org.placeworks.caf.ContactType;
import org.placeworks.caf.HeadlineOutcome;
import org.placeworks.caf.NeedCommand;
import org.placeworks.caf.NoteCommand;
import org.placeworks.caf.Progress;
import org.placeworks.caf.ReviewCommand;
import org.placeworks.caf.Score;
import org.placeworks.caf.SouthbankCase;
import org.placeworks.organisation.Thornbury;

/**
 * The case page and the JSON case read cost the same number of SQL statements for a small case as for
 * a large one (no query per need, action, note, review or team member), and no more than they cost
 * today: a new query on the hot path must be a decision, not an accident. Counts come from Hibernate's
 * statistics, on in the test profile only.
 */
@QuarkusTest
class CaseStatementCountTest {

    /**
     * Statements of one case page request (was 98 for a small case and 100 for a large one; 67 once the read was one
     * pass; 39 once the case was read in one transaction, not two, and reference data once per reading; 46 since the
     * request's ground for the database's wall is worked out before the resource runs: the staff member's facts and
     * grants are read outside the case's transaction, so what the case read used to find in its session it reads again;
     * 39 since each instance keeps one copy of the reference data while the database's reference version is unchanged,
     * so the ground and the case read each check one row instead of reading services, agencies and the area tree; 35
     * since the case's and the family's audit rows are one INSERT, the transfers, the staff names and the signed-in
     * person's record are each read once for the whole page; 34 since that record is read with the person's services in
     * one statement; 32 since the notes are read with who was seen and their addenda in one statement; 28 since the
     * case is read with its children and consent versions, and its reviews with their progress, two statements for seven;
     * 26 since its team, sign-offs and calls to the referrer are one statement, not three; 25 since the funds the reader
     * sees are asked for only when the case has grants, and then not as a statement of their own; 24 since the records
     * shared with the signed-in person are read with their staff record).
     */
    static final long PAGE_STATEMENTS = 24;

    /**
     * Statements of one JSON case read (32 before the same first two changes, 25 after them, 32 with the wall's ground,
     * 25 with the kept reference data, 24 with the audit rows as one INSERT, 23 with the person's record and services as one, 19 with the case read with its
     * consent versions and its reviews with their progress, 17 with its team, sign-offs and calls as one, 16 with the
     * records shared with the person read with their staff record).
     */
    static final long API_STATEMENTS = 16;

    @Inject
    SouthbankCase southbank;

    @Inject
    CaseWork work;

    @Inject
    CaseNotes notes;

    @Inject
    CafCases cases;

    @Inject
    Thornbury thornbury;

    @Inject
    EntityManager em;

    @Inject
    SessionFactory sessionFactory;

    @Inject
    AuditTrail audit;

    @Inject
    org.placeworks.testsupport.MovableClock clock;

    /** Noon in London, so that the notes timed from 08:00 are in the past whatever the time the tests run. */
    @org.junit.jupiter.api.BeforeEach
    void noon() {
        clock.moveToNoonToday();
    }

    @org.junit.jupiter.api.AfterEach
    void clockBack() {
        clock.reset();
    }

    /** An active plan with this many needs, actions, notes and reviews, and this many more members of the team. */
    UUID caseWith(int many, int team, int reviews) {
        UUID caseId = southbank.open();
        LocalDate today = southbank.today();
        southbank.frontline(() -> work.recordConsent(caseId, new ConsentCommand("Rae", null, today, "Assessment and sharing",
                Set.of(), Set.of(), southbank.version(caseId))));
        List<NeedCommand> more = new ArrayList<>();
        for (int i = 1; i < many; i++) {
            more.add(new NeedCommand("Need " + i, HeadlineOutcome.values()[i % HeadlineOutcome.values().length]));
        }
        southbank.frontline(() -> work.recordAssessment(caseId, new AssessmentCommand(Map.of(CafElement.LEARNING, "Keen"),
                Map.of(CafElement.LEARNING, "Misses Mondays"), Map.of(), more, "I like school", "We want help", false,
                southbank.version(caseId))));
        CaseView assessing = southbank.frontline(() -> cases.find(caseId));
        Map<UUID, Score> scores = new LinkedHashMap<>();
        assessing.needs().forEach(n -> scores.put(n.id(), new Score(4)));
        southbank.frontline(() -> work.recordAssessment(caseId, new AssessmentCommand(Map.of(CafElement.LEARNING, "Keen"),
                Map.of(), scores, List.of(), null, null, true, assessing.version())));
        UUID worker = thornbury.member("frontline").id();
        southbank.frontline(() -> work.appointLeadProfessional(caseId, worker, southbank.version(caseId)));
        List<UUID> needs = assessing.needs().stream().map(CaseView.NeedView::id).toList();
        assertThat(needs).hasSize(many);
        for (int i = 0; i < many; i++) {
            UUID need = needs.get(i);
            int n = i;
            southbank.frontline(() -> work.addAction(caseId, new ActionCommand(need, "Action " + n, worker, today.plusDays(7 + n),
                    southbank.version(caseId))));
        }
        List<UUID> people = assessing.family().people().stream().map(p -> p.id()).toList();
        for (int i = 0; i < many; i++) {
            int n = i;
            southbank.frontline(() -> notes.add(caseId, new NoteCommand(today, LocalTime.of(8, 0).plusMinutes(n),
                    ContactType.HOME_VISIT, Set.copyOf(people), true, "Visit " + n, null, null, null)));
        }
        for (int i = 0; i < reviews; i++) {
            Map<UUID, Progress> progress = new LinkedHashMap<>();
            needs.forEach(id -> progress.put(id, Progress.IMPROVED));
            southbank.frontline(() -> work.recordReview(caseId, new ReviewCommand(today, "Going well", progress, scores,
                    southbank.version(caseId))));
        }
        QuarkusTransaction.requiringNew().run(() -> {
            @SuppressWarnings("unchecked")
            List<UUID> staff = em.createNativeQuery("select id from staff_member order by id limit " + team).getResultList();
            staff.forEach(s -> em.createNativeQuery("insert into caf_team_member (id, case_id, staff_id, joined_on) "
                    + "values (?1, ?2, ?3, ?4)").setParameter(1, UUID.randomUUID()).setParameter(2, caseId).setParameter(3, s)
                    .setParameter(4, today).executeUpdate());
        });
        return caseId;
    }

    /**
     * Three closure requests sent back (each with an outcome for every need) and three calls to the referrer, added
     * out of order: "Request 3" is the latest request, "Call 1" the oldest call.
     */
    void withSignOffsAndCalls(UUID caseId) {
        java.time.Instant earlier = java.time.Instant.parse("2026-01-05T10:00:00Z");
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < 3; i++) {
                UUID signOff = UUID.randomUUID();
                em.createNativeQuery("insert into caf_sign_off (id, case_id, kind, state, requested_at, requested_by, note,"
                        + " decided_at, decided_by, oversight_note) values (?1, ?2, 'CLOSURE', 'SENT_BACK', ?3, 'frontline',"
                        + " ?4, ?3, 'manager', 'Not yet')").setParameter(1, signOff).setParameter(2, caseId)
                        .setParameter(3, earlier.plusSeconds(3600L * (3 - i))).setParameter(4, "Request " + (3 - i)).executeUpdate();
                em.createNativeQuery("insert into caf_sign_off_outcome (sign_off_id, need_id, outcome)"
                        + " select ?1, id, 'MET' from caf_need where case_id = ?2").setParameter(1, signOff).setParameter(2, caseId)
                        .executeUpdate();
                em.createNativeQuery("insert into caf_referrer_call (id, case_id, assigned_to, about, created_on)"
                        + " values (?1, ?2, 'frontline', ?3, ?4)").setParameter(1, UUID.randomUUID()).setParameter(2, caseId)
                        .setParameter(3, "Call " + (3 - i)).setParameter(4, LocalDate.of(2026, 1, 10 - i)).executeUpdate();
            }
        });
    }

    private long statementsFor(String path) {
        return org.placeworks.testsupport.Statements.ofGet(sessionFactory, path);
    }

    private long views(UUID caseId) {
        return audit.history("caf-case", caseId, 1000).stream().filter(e -> e.action() == AuditAction.VIEW).count();
    }

    @Test
    @TestSecurity(user = "frontline", roles = {"frontline", "lead-professional"})
    void theCasePageAndTheJsonReadCostTheSameStatementsForOneOfEachAsForTwenty() {
        assertThat(sessionFactory.getStatistics().isStatisticsEnabled()).isTrue();
        UUID small = caseWith(1, 1, 1);
        UUID large = caseWith(20, 10, 3);
        withSignOffsAndCalls(large);

        long pageSmall = statementsFor("/cases/" + small);
        long pageLarge = statementsFor("/cases/" + large);
        long apiSmall = statementsFor("/api/v1/cases/" + small);
        long apiLarge = statementsFor("/api/v1/cases/" + large);
        System.out.printf("STATEMENTS page %d/%d api %d/%d%n", pageSmall, pageLarge, apiSmall, apiLarge);

        assertThat(pageLarge).as("case page statements, 20 of each vs 1").isEqualTo(pageSmall);
        assertThat(apiLarge).as("JSON case read statements, 20 of each vs 1").isEqualTo(apiSmall);
        assertThat(pageSmall).as("case page statements").isLessThanOrEqualTo(PAGE_STATEMENTS);
        assertThat(apiSmall).as("JSON case read statements").isLessThanOrEqualTo(API_STATEMENTS);
    }

    /** What is read in fewer statements is read whole: every review once with its progress on every need, each need once. */
    @Test
    @TestSecurity(user = "frontline", roles = {"frontline", "lead-professional"})
    void theLargeCaseIsReadWholeWithEachReviewNeedAndActionOnce() {
        UUID large = caseWith(20, 10, 3);

        CaseView read = southbank.frontline(() -> cases.find(large));

        assertThat(read.reviews()).hasSize(3).allSatisfy(r -> assertThat(r.progress()).hasSize(20)
                .extracting(CaseView.ProgressView::need).doesNotHaveDuplicates());
        assertThat(read.reviews()).extracting(CaseView.ReviewView::id).doesNotHaveDuplicates();
        assertThat(read.needs()).hasSize(20);
        assertThat(read.actions()).hasSize(20);
        assertThat(read.consent().number()).isEqualTo(1);
        assertThat(read.consent().givers()).containsExactly("Rae");
        assertThat(read.consent().earlier()).isEmpty();
    }

    /**
     * The team, the sign-offs and the calls to the referrer are read together in one statement: each member, request
     * and call once, in order, however many of the others there are.
     */
    @Test
    @TestSecurity(user = "frontline", roles = {"frontline", "lead-professional"})
    void theTeamSignOffsAndCallsAreEachReadOnceInOrder() {
        UUID large = caseWith(2, 10, 0);
        withSignOffsAndCalls(large);
        long members = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from caf_team_member where case_id = ?1").setParameter(1, large).getSingleResult()).longValue());

        CaseView read = southbank.frontline(() -> cases.find(large));

        assertThat(members).isGreaterThanOrEqualTo(10);
        assertThat(read.team()).hasSize((int) members);
        assertThat(read.team()).extracting(CaseView.TeamMemberView::joinedOn).isSorted();
        assertThat(read.loop().referrerCalls()).extracting(CaseLoop.CallView::about).containsExactly("Call 1", "Call 2", "Call 3");
        assertThat(read.loop().lastSignOff().note()).isEqualTo("Request 3");
    }

    @Test
    @TestSecurity(user = "frontline", roles = {"frontline", "lead-professional"})
    void eachViewOfThePageOrTheJsonReadWritesOneAuditRow() {
        UUID caseId = caseWith(2, 1, 0);
        long before = views(caseId);
        given().get("/cases/" + caseId).then().statusCode(200);
        assertThat(views(caseId)).isEqualTo(before + 1);
        given().get("/api/v1/cases/" + caseId).then().statusCode(200);
        assertThat(views(caseId)).isEqualTo(before + 2);
        given().get("/cases/" + caseId).then().statusCode(200);
        assertThat(views(caseId)).isEqualTo(before + 3);
    }
}
