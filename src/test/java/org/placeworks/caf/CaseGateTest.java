package org.placeworks.caf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.placeworks.family.Ethnicity;
import org.placeworks.family.Families;
import org.placeworks.family.FamilyView;
import org.placeworks.family.NewFamily;
import org.placeworks.family.PersonCommand;
import org.placeworks.family.Relationship;
import org.placeworks.family.Sex;
import org.placeworks.identity.ActingAs;
import org.placeworks.identity.Roles;
import org.placeworks.organisation.Thornbury;
import org.placeworks.shared.Forbidden;
import org.placeworks.shared.InvalidInput;
import org.placeworks.shared.NotFound;

/**
 * The leaks the one gate closes, for a family in Riverside (Southbank): inside Family Support's
 * boundary, which owns the case, and inside School Nursing's, which does not.
 */
@QuarkusTest
class CaseGateTest {

    private static final Set<String> WORKER = Set.of(Roles.FRONTLINE, Roles.LEAD_PROFESSIONAL);

    @Inject
    ActingAs actingAs;

    @Inject
    Families families;

    @Inject
    Referrals referrals;

    @Inject
    CaseWork work;

    @Inject
    CafCases cases;

    @Inject
    Thornbury thornbury;

    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
    private UUID caseId;
    private UUID nurse;

    @BeforeEach
    void aFamilySupportCaseInSouthbank() {
        nurse = thornbury.member("frontline2").id();
        FamilyView family = frontline(() -> {
            String name = Thornbury.unique("Riverside").replace(' ', '-');
            FamilyView f = families.register(new NewFamily(name + " family", thornbury.address(Thornbury.RIVERSIDE_UPRN).id()));
            families.addPerson(f.id(), person("Rae", name, today.minusYears(35), Relationship.PARENT), true);
            families.addPerson(f.id(), person("Sol", name, today.minusYears(8), Relationship.CHILD), true);
            return families.family(f.id());
        });
        caseId = frontline(() -> referrals.refer(new ReferralCommand(family.id(), Set.of(family.children().get(0).id()),
                "Pat Teacher", null, "pat.teacher@school.example", null, "Attendance has fallen",
                List.of(new NeedCommand("School attendance", HeadlineOutcome.EDUCATION)),
                thornbury.service("Family Support Thornbury").id(), today.minusDays(5))));
    }

    @Test
    void aWorkerOfAnAgencyTheFamilyRefusedNeitherReadsNorChangesTheCaseInTheirBoundary() {
        UUID health = thornbury.agency("Eastmoor Community Health NHS Trust");
        frontline(() -> work.recordConsent(caseId, new ConsentCommand("Rae", null, today, "Assessment", Set.of(),
                Set.of(health), version())));
        long seen = version();
        assertThatThrownBy(() -> nurseDoes(() -> cases.find(caseId))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> nurseDoes(() -> work.withdrawConsent(caseId, today, "x", seen))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> nurseDoes(() -> work.stepUp(caseId, today, "x", seen))).isInstanceOf(NotFound.class);
        assertThat(frontline(() -> cases.find(caseId)).status()).isEqualTo(CaseStatus.ASSESSMENT);
    }

    @Test
    void schoolNursingCannotCloseOrChangeFamilySupportsCase() {
        plan();
        CaseView open = frontline(() -> cases.find(caseId));
        Map<UUID, NeedOutcome> outcomes = new LinkedHashMap<>();
        open.needs().forEach(n -> outcomes.put(n.id(), NeedOutcome.MET));
        assertThatThrownBy(() -> nurseDoes(() -> work.close(caseId, new ClosureCommand(ClosureReason.NEEDS_MET, today, outcomes,
                null, open.version())))).isInstanceOf(Forbidden.class).hasMessageContaining("Family Support Thornbury");
        assertThatThrownBy(() -> nurseDoes(() -> work.stepUp(caseId, today, "Harm", open.version())))
                .isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> nurseDoes(() -> work.addTeamMember(caseId, nurse, open.version())))
                .isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> nurseDoes(() -> cases.find(caseId))).isInstanceOf(Forbidden.class);
        assertThat(frontline(() -> cases.find(caseId)).status()).isEqualTo(CaseStatus.ACTIVE_PLAN);
    }

    @Test
    void nobodyJoinsTheTeamOrLeadsTheCaseWhileItAwaitsConsent() {
        assertThatThrownBy(() -> frontline(() -> work.addTeamMember(caseId, nurse, version())))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors().get("staffId")).contains("consent"));
        assertThatThrownBy(() -> frontline(() -> work.appointLeadProfessional(caseId, nurse, version())))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors().get("leadProfessionalId")).contains("consent"));
        CaseView still = frontline(() -> cases.find(caseId));
        assertThat(still.team()).isEmpty();
        assertThat(still.leadProfessional()).isNull();
    }

    /** Consent, a completed assessment (baseline 4 for every need) and a lead professional. */
    private void plan() {
        frontline(() -> work.recordConsent(caseId, new ConsentCommand("Rae", null, today, "Assessment", Set.of(), Set.of(),
                version())));
        CaseView assessing = frontline(() -> cases.find(caseId));
        Map<UUID, Score> scores = new LinkedHashMap<>();
        assessing.needs().forEach(n -> scores.put(n.id(), new Score(4)));
        frontline(() -> work.recordAssessment(caseId, new AssessmentCommand(Map.of(CafElement.LEARNING, "Likes maths"),
                Map.of(CafElement.LEARNING, "Misses Mondays"), scores, List.of(), null, null, true, assessing.version())));
        frontline(() -> work.appointLeadProfessional(caseId, thornbury.member("frontline").id(), version()));
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
