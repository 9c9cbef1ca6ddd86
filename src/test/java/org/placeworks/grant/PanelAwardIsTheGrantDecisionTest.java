package org.placeworks.grant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.placeworks.caf.CaseView;
import org.placeworks.identity.ActingAs;
import org.placeworks.identity.Roles;
import org.placeworks.panel.AgendaItemView;
import org.placeworks.panel.DecisionCode;
import org.placeworks.panel.DecisionCommand;
import org.placeworks.panel.Meetings;
import org.placeworks.panel.PanelFixtures;
import org.placeworks.panel.PanelView;
import org.placeworks.shared.Conflict;
import org.placeworks.shared.InvalidInput;

/**
 * "Award a grant" at the panel, on the item about a grant request, IS the grant's decision: one record, on the
 * request, which the agenda reads back; and a panel decision recorded on the request's own page marks the item.
 */
@QuarkusTest
class PanelAwardIsTheGrantDecisionTest {

    private static final Set<String> WORKER = Set.of(Roles.FRONTLINE, Roles.LEAD_PROFESSIONAL);

    @Inject
    PanelFixtures panel;

    @Inject
    GrantFixtures grants;

    @Inject
    GrantRequests requests;

    @Inject
    Meetings meetings;

    @Inject
    ActingAs actingAs;

    private AgendaItemView award(UUID meeting, UUID item, Long pence, UUID fund) {
        return panel.chair(() -> meetings.decide(meeting, item, new DecisionCommand(DecisionCode.AWARD_GRANT,
                "Glasses so she can see the board", panel.itemVersion(item), null, pence, fund)));
    }

    @Test
    void theAwardIsRecordedOnTheRequestOnceAndTheAgendaReadsItBack() {
        PanelView p = panel.panel();
        UUID fund = grants.fundOfPanel(p.id(), 33);
        CaseView kase = grants.activeCase();
        UUID request = grants.request(fund, 12_000L, kase);
        UUID meeting = panel.meeting(p, panel.today());
        UUID item = panel.listGrantItem(meeting, kase.id(), kase.family().name(), request);
        panel.publish(meeting);
        panel.attend(meeting, p, 3);
        panel.start(meeting);

        // More than was asked, or another fund: refused, and nothing is decided on either side.
        assertThatThrownBy(() -> award(meeting, item, 20_000L, null)).isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).errors()).containsKey("awardPence"));
        assertThatThrownBy(() -> award(meeting, item, null, UUID.randomUUID())).isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).errors()).containsKey("fundId"));
        assertThat(view(request).status()).isEqualTo(RequestStatus.AWAITING_DECISION);
        assertThat(panel.chair(() -> meetings.agenda(meeting)).items().get(0).decision()).isNull();

        AgendaItemView awarded = award(meeting, item, 10_000L, fund);
        GrantRequestView approved = view(request);
        assertThat(approved.status()).isEqualTo(RequestStatus.APPROVED);
        assertThat(approved.approvedPence()).isEqualTo(10_000L);
        assertThat(approved.route()).isEqualTo(DecisionRoute.PANEL);
        assertThat(approved.meetingId()).isEqualTo(meeting);
        assertThat(approved.decisionReason()).isEqualTo("Glasses so she can see the board");
        assertThat(awarded.outcome()).startsWith("£100.00 awarded from").endsWith("for Glasses");
        assertThat(panel.chair(() -> meetings.agenda(meeting)).items().get(0).outcome()).startsWith("£100.00 awarded");

        // A second award on the same item would be a second decision: the request refuses it, and the item stands.
        assertThatThrownBy(() -> award(meeting, item, null, null)).isInstanceOf(Conflict.class)
                .hasMessageContaining("already been decided");
        assertThat(view(request).approvedPence()).isEqualTo(10_000L);
    }

    @Test
    void aPanelDecisionRecordedOnTheRequestsPageMarksItsItemTheSameWay() {
        PanelView p = panel.panel();
        UUID fund = grants.fundOfPanel(p.id(), 34);
        CaseView kase = grants.activeCase();
        UUID request = grants.request(fund, 9_000L, kase);
        UUID meeting = panel.meeting(p, panel.today());
        UUID item = panel.listGrantItem(meeting, kase.id(), kase.family().name(), request);
        panel.publish(meeting);
        panel.attend(meeting, p, 3);
        panel.start(meeting);

        actingAs.run("chair", Set.of(Roles.PANEL_CHAIR), () -> requests.decide(request, new org.placeworks.grant.DecisionCommand(
                DecisionRoute.PANEL, meeting, DecisionOutcome.DECLINE, null, "School has a fund for this", grants.version(request))));
        AgendaItemView heard = panel.chair(() -> meetings.agenda(meeting)).items().stream().filter(i -> i.id().equals(item))
                .findFirst().orElseThrow();
        assertThat(heard.decision()).isEqualTo(DecisionCode.DECLINE_GRANT);
        assertThat(heard.rationale()).isEqualTo("School has a fund for this");
        assertThat(heard.outcome()).startsWith("Declined");
    }

    private GrantRequestView view(UUID request) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() ->
                actingAs.call("frontline", WORKER, () -> requests.view(request)));
    }
}
