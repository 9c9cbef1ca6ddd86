package org.placeworks.caf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.placeworks.organisation.Thornbury;
import org.placeworks.shared.InvalidInput;
import org.placeworks.shared.NotFound;

/**
 * Versions of consent, for a family in Riverside (Southbank): given, amended and renewed, every version
 * kept; refusing an agency ends its shares at once; the panel may tell an agency only what consent allows.
 */
@QuarkusTest
class ConsentVersionsTest {

    @Inject
    CaseWork work;

    @Inject
    CafCases cases;

    @Inject
    Consents consents;

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
    void refusingAnAgencyInAnAmendmentEndsItsSharesAndEveryVersionIsKept() {
        UUID health = thornbury.agency("Eastmoor Community Health NHS Trust");
        southbank.frontline(() -> work.recordConsent(caseId, new ConsentCommand(List.of(ConsentCommand.Consenter.adult("Rae")), today,
                "Assessment and sharing", true, Set.of(health), Set.of(), southbank.version(caseId))));
        southbank.frontline(() -> work.addTeamMember(caseId, nurse, southbank.version(caseId)));
        assertThat(southbank.nurse(() -> cases.find(caseId)).teamMember()).isTrue();
        assertThat(southbank.frontline(() -> consents.panelMayTell(caseId, health))).isTrue();

        southbank.frontline(() -> work.amendConsent(caseId, ConsentChange.AMENDED, new ConsentCommand(
                List.of(ConsentCommand.Consenter.adult("Rae"), ConsentCommand.Consenter.adult("Tom")), today,
                "Assessment only", true, Set.of(), Set.of(health), southbank.version(caseId))));

        assertThatThrownBy(() -> southbank.nurse(() -> cases.find(caseId))).isInstanceOf(NotFound.class);
        assertThat(southbank.frontline(() -> consents.panelMayTell(caseId, health))).isFalse();
        CaseView amended = southbank.frontline(() -> cases.find(caseId));
        assertThat(amended.team()).singleElement().satisfies(m -> assertThat(m.current()).isFalse());
        assertThat(amended.consent().number()).isEqualTo(2);
        assertThat(amended.consent().givers()).containsExactly("Rae", "Tom");
        assertThat(amended.consent().refusedAgencies()).containsExactly("Eastmoor Community Health NHS Trust");
        assertThat(amended.consent().earlier()).singleElement()
                .satisfies(v -> assertThat(v.allowedAgencies()).containsExactly("Eastmoor Community Health NHS Trust"));
        assertThatThrownBy(() -> southbank.frontline(() -> work.addTeamMember(caseId, nurse, southbank.version(caseId))))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("did not agree");
    }

    /**
     * The case is read with its consent versions, their givers and agencies in one statement: each version once, its
     * givers in the order recorded and each agency once, however many of each there are.
     */
    @Test
    void everyVersionIsReadOnceWithItsGiversInOrderAndEachAgencyOnce() {
        UUID health = thornbury.agency("Eastmoor Community Health NHS Trust");
        UUID school = thornbury.agency("Thornbury Academy");
        southbank.frontline(() -> work.recordConsent(caseId, new ConsentCommand(List.of(ConsentCommand.Consenter.adult("Rae"),
                ConsentCommand.Consenter.adult("Tom")), today, "Assessment", true, Set.of(health, school), Set.of(),
                southbank.version(caseId))));
        southbank.frontline(() -> work.amendConsent(caseId, ConsentChange.AMENDED, new ConsentCommand(
                List.of(ConsentCommand.Consenter.adult("Tom"), ConsentCommand.Consenter.adult("Rae"),
                        ConsentCommand.Consenter.adult("Nan")), today, "Assessment and sharing", true, Set.of(school),
                Set.of(health), southbank.version(caseId))));
        southbank.frontline(() -> work.amendConsent(caseId, ConsentChange.RENEWED, new ConsentCommand(
                List.of(ConsentCommand.Consenter.adult("Rae"), ConsentCommand.Consenter.adult("Tom")), today,
                "Assessment and panel", true, Set.of(health, school), Set.of(), southbank.version(caseId))));

        CaseView.ConsentView consent = southbank.frontline(() -> cases.find(caseId)).consent();

        assertThat(consent.number()).isEqualTo(3);
        assertThat(consent.givers()).containsExactly("Rae", "Tom");
        assertThat(consent.allowedAgencies()).containsExactlyInAnyOrder("Eastmoor Community Health NHS Trust", "Thornbury Academy");
        assertThat(consent.earlier()).extracting(CaseView.ConsentView::number).as("latest first, each once").containsExactly(2, 1);
        assertThat(consent.earlier().get(0).givers()).containsExactly("Tom", "Rae", "Nan");
        assertThat(consent.earlier().get(0).allowedAgencies()).containsExactly("Thornbury Academy");
        assertThat(consent.earlier().get(0).refusedAgencies()).containsExactly("Eastmoor Community Health NHS Trust");
        assertThat(consent.earlier().get(1).givers()).containsExactly("Rae", "Tom");
        assertThat(consent.earlier().get(1).allowedAgencies()).hasSize(2);
    }

    @Test
    void thePanelMayTellAnAllowedAgencyOnlyOnceTheFamilyAgreedToPanelDiscussion() {
        UUID school = thornbury.agency("Thornbury Academy");
        southbank.frontline(() -> work.recordConsent(caseId, new ConsentCommand(List.of(ConsentCommand.Consenter.adult("Rae")), today,
                "Assessment", false, Set.of(school), Set.of(), southbank.version(caseId))));
        assertThat(southbank.frontline(() -> consents.panelMayTell(caseId, school))).isFalse();
        southbank.frontline(() -> work.amendConsent(caseId, ConsentChange.RENEWED, new ConsentCommand(
                List.of(ConsentCommand.Consenter.adult("Rae")), today, "Assessment and panel", true, Set.of(school), Set.of(),
                southbank.version(caseId))));
        assertThat(southbank.frontline(() -> consents.panelMayTell(caseId, school))).isTrue();
        assertThat(southbank.frontline(() -> cases.find(caseId)).consent().change()).isEqualTo(ConsentChange.RENEWED);
        southbank.frontline(() -> work.withdrawConsent(caseId, today, "Family withdrew", southbank.version(caseId)));
        assertThat(southbank.frontline(() -> consents.panelMayTell(caseId, school))).isFalse();
    }

    @Test
    void aYoungPersonUnderSixteenConsentsOnlyWhenJudgedCompetentAndWhoJudgedIsKept() {
        UUID child = southbank.frontline(() -> cases.find(caseId)).children().get(0).id();
        assertThatThrownBy(() -> southbank.frontline(() -> work.recordConsent(caseId, new ConsentCommand(
                List.of(new ConsentCommand.Consenter(null, child, "Jo Nurse", " ")), today, "Assessment", false, Set.of(),
                Set.of(), southbank.version(caseId))))).isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.errors()).containsOnlyKeys("competenceReason"));
        southbank.frontline(() -> work.recordConsent(caseId, new ConsentCommand(
                List.of(new ConsentCommand.Consenter(null, child, "Jo Nurse", "Understands what sharing means")), today,
                "Assessment", false, Set.of(), Set.of(), southbank.version(caseId))));
        assertThat(southbank.frontline(() -> cases.find(caseId)).consent().givers()).singleElement()
                .satisfies(g -> assertThat(g).contains("judged competent by Jo Nurse, because Understands what sharing means"));
    }
}
