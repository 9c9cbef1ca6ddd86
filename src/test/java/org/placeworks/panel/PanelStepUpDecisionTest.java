package org.placeworks.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.placeworks.caf.CafCases;
import org.placeworks.caf.CaseStatus;
import org.placeworks.caf.CaseView;
import org.placeworks.caf.SignOffKind;
import org.placeworks.identity.ActingAs;
import org.placeworks.shared.InvalidInput;

/**
 * The panel's "step up" starts the case's own step up when the chair gives the MASH reference, signed off as the
 * owning service asks; without the reference the decision is recorded and the case waits for its worker.
 */
@QuarkusTest
class PanelStepUpDecisionTest {

    @Inject
    PanelFixtures fixtures;

    @Inject
    Meetings meetings;

    @Inject
    CafCases cases;

    @Inject
    ActingAs actingAs;

    @Inject
    io.quarkus.mailer.MockMailbox mailbox;

    private PanelView panel;
    private UUID meeting;

    @BeforeEach
    void aMeetingInSession() {
        panel = fixtures.panel();
        meeting = fixtures.meeting(panel, fixtures.today());
    }

    private UUID itemFor(UUID caseId) {
        return fixtures.listItem(meeting, caseId, "Ferrand family");
    }

    private void open() {
        fixtures.publish(meeting);
        fixtures.attend(meeting, panel, 3);
        fixtures.start(meeting);
    }

    private CaseView kase(UUID caseId) {
        return actingAs.call("frontline", PanelFixtures.WORKER, () -> cases.find(caseId));
    }

    @Test
    void withTheMashReferenceTheStepUpAwaitsAManagersSignOff() {
        UUID caseId = fixtures.consentedCase("Ferrand family", Set.of("Eastmoor District Council"), Set.of());
        UUID item = itemFor(caseId);
        open();
        fixtures.chair(() -> meetings.decide(meeting, item, new DecisionCommand(DecisionCode.STEP_UP,
                "Neglect concerns beyond early help", fixtures.itemVersion(item), null, null, null, "MASH-2026-4471")));

        CaseView c = kase(caseId);
        assertThat(c.loop().awaitingSignOff()).isNotNull();
        assertThat(c.loop().awaitingSignOff().kind()).isEqualTo(SignOffKind.STEP_UP);
        assertThat(c.loop().awaitingSignOff().mashReference()).isEqualTo("MASH-2026-4471");
    }

    @Test
    void withoutItTheDecisionIsRecordedAndTheCaseWaitsForItsWorker() {
        UUID caseId = fixtures.consentedCase("Ferrand family", Set.of("Eastmoor District Council"), Set.of());
        UUID item = itemFor(caseId);
        open();
        fixtures.chair(() -> meetings.decide(meeting, item, new DecisionCommand(DecisionCode.STEP_UP,
                "Neglect concerns beyond early help", fixtures.itemVersion(item))));

        CaseView c = kase(caseId);
        assertThat(c.loop().awaitingSignOff()).isNull();
        assertThat(c.status()).isEqualTo(CaseStatus.ASSESSMENT);
        assertThat(fixtures.chair(() -> meetings.item(meeting, item)).decision()).isEqualTo(DecisionCode.STEP_UP);

        mailbox.clear();
        fixtures.close(meeting);
        assertThat(mailbox.getMailsSentTo("frontline@eastmoor.example"))
                .anySatisfy(m -> assertThat(m.getText()).contains("record the step up on the case once the MASH has the referral"));
    }

    @Test
    void aMashReferenceGoesOnlyWithAStepUp() {
        UUID caseId = fixtures.consentedCase("Ferrand family", Set.of("Eastmoor District Council"), Set.of());
        UUID item = itemFor(caseId);
        open();
        assertThatThrownBy(() -> fixtures.chair(() -> meetings.decide(meeting, item, new DecisionCommand(
                DecisionCode.AGREE_SUPPORT_PACKAGE, "Support agreed", fixtures.itemVersion(item), null, null, null, "MASH-1"))))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).errors()).containsKey("mashReference"));
        assertThat(fixtures.chair(() -> meetings.item(meeting, item)).decision()).isNull();
    }
}
