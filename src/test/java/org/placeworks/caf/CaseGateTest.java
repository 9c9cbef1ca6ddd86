package org.placeworks.caf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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

    @Inject
    CaseWork work;

    @Inject
    CafCases cases;

    @Inject
    SouthbankCase southbank;

    @Inject
    Thornbury thornbury;

    private UUID caseId;
    private UUID nurse;
    private LocalDate today;

    @BeforeEach
    void aFamilySupportCaseInSouthbank() {
        caseId = southbank.open();
        nurse = southbank.nurse();
        today = southbank.today();
    }

    @Test
    void aWorkerOfAnAgencyTheFamilyRefusedNeitherReadsNorChangesTheCaseInTheirBoundary() {
        UUID health = thornbury.agency("Eastmoor Community Health NHS Trust");
        southbank.frontline(() -> work.recordConsent(caseId, new ConsentCommand("Rae", null, today, "Assessment", Set.of(),
                Set.of(health), southbank.version(caseId))));
        long seen = southbank.version(caseId);
        assertThatThrownBy(() -> southbank.nurse(() -> cases.find(caseId))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> southbank.nurse(() -> work.withdrawConsent(caseId, today, "x", seen))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> southbank.nurse(() -> work.stepUp(caseId, today, "x", seen))).isInstanceOf(NotFound.class);
        assertThat(southbank.frontline(() -> cases.find(caseId)).status()).isEqualTo(CaseStatus.ASSESSMENT);
    }

    @Test
    void schoolNursingCannotCloseOrChangeFamilySupportsCase() {
        plan();
        CaseView open = southbank.frontline(() -> cases.find(caseId));
        Map<UUID, NeedOutcome> outcomes = new LinkedHashMap<>();
        open.needs().forEach(n -> outcomes.put(n.id(), NeedOutcome.MET));
        assertThatThrownBy(() -> southbank.nurse(() -> work.close(caseId, new ClosureCommand(ClosureReason.NEEDS_MET, today, outcomes,
                null, open.version())))).isInstanceOf(Forbidden.class).hasMessageContaining("Family Support Thornbury");
        assertThatThrownBy(() -> southbank.nurse(() -> work.stepUp(caseId, today, "Harm", open.version())))
                .isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> southbank.nurse(() -> work.addTeamMember(caseId, nurse, open.version())))
                .isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> southbank.nurse(() -> cases.find(caseId))).isInstanceOf(Forbidden.class);
        assertThat(southbank.frontline(() -> cases.find(caseId)).status()).isEqualTo(CaseStatus.ACTIVE_PLAN);
    }

    @Test
    void nobodyJoinsTheTeamOrLeadsTheCaseWhileItAwaitsConsent() {
        assertThatThrownBy(() -> southbank.frontline(() -> work.addTeamMember(caseId, nurse, southbank.version(caseId))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors().get("staffId")).contains("consent"));
        assertThatThrownBy(() -> southbank.frontline(() -> work.appointLeadProfessional(caseId, nurse, southbank.version(caseId))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors().get("leadProfessionalId")).contains("consent"));
        CaseView still = southbank.frontline(() -> cases.find(caseId));
        assertThat(still.team()).isEmpty();
        assertThat(still.leadProfessional()).isNull();
    }

    /** Consent, a completed assessment (baseline 4 for every need) and a lead professional. */
    private void plan() {
        southbank.frontline(() -> work.recordConsent(caseId, new ConsentCommand("Rae", null, today, "Assessment", Set.of(), Set.of(),
                southbank.version(caseId))));
        CaseView assessing = southbank.frontline(() -> cases.find(caseId));
        Map<UUID, Score> scores = new LinkedHashMap<>();
        assessing.needs().forEach(n -> scores.put(n.id(), new Score(4)));
        southbank.frontline(() -> work.recordAssessment(caseId, new AssessmentCommand(Map.of(CafElement.LEARNING, "Likes maths"),
                Map.of(CafElement.LEARNING, "Misses Mondays"), scores, List.of(), null, null, true, assessing.version())));
        southbank.frontline(() -> work.appointLeadProfessional(caseId, thornbury.member("frontline").id(), southbank.version(caseId)));
    }
}
