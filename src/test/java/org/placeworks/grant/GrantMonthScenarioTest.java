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
import org.placeworks.panel.AgendaItemRef;
import org.placeworks.panel.DecisionCode;
import org.placeworks.panel.DecisionCommand;
import org.placeworks.panel.Meetings;
import org.placeworks.panel.MinutesView;
import org.placeworks.panel.PanelFixtures;
import org.placeworks.panel.PanelView;
import org.placeworks.shared.Conflict;
import org.placeworks.shared.InvalidInput;

/**
 * A month of the panel with a grant: the request listed, the agenda published, the meeting run
 * (refused before it is in session or quorate), the grant awarded at the meeting, the minutes
 * produced, and the grant paid with its receipt.
 */
@QuarkusTest
class GrantMonthScenarioTest {

    static final byte[] PNG = GrantFixtures.RECEIPT_PNG;
    private static final Set<String> WORKER = Set.of(Roles.FRONTLINE, Roles.LEAD_PROFESSIONAL);

    @Inject
    PanelFixtures panel;

    @Inject
    GrantFixtures grants;

    @Inject
    GrantRequests requests;

    @Inject
    Funds funds;

    @Inject
    Meetings meetings;

    @Inject
    ActingAs actingAs;

    @Test
    void aGrantAboveTheChairsLimitIsAwardedAtAQuorateMeetingAndPaid() {
        // A fund decided by this panel: the chair may approve up to £50 between meetings, so £120 needs the panel.
        PanelView p = panel.panel();
        UUID fund = grants.fundOfPanel(p.id(), 30);
        long committedBefore = committed(fund);
        CaseView kase = grants.activeCase();
        UUID request = actingAs.call("frontline", WORKER, () -> requests.request(new GrantRequestCommand(kase.id(),
                kase.needs().get(0).id(), "Cooker", GrantCategory.HOUSEHOLD_GOODS, 12_000L, "Eastmoor Electricals",
                "Benefit letter seen; no savings", "Local welfare fund refused: household had an award this year", false, fund)));
        AgendaItemRef listed = actingAs.call("frontline", WORKER, () -> requests.bringToPanel(request));
        assertThat(listed.meetingDate()).isAfterOrEqualTo(panel.today());
        assertThat(actingAs.call("frontline", WORKER, () -> requests.view(request)).onAgenda()).isTrue();

        // Between meetings the chair may not approve it.
        assertThatThrownBy(() -> chairDecides(request, null, org.placeworks.grant.DecisionRoute.CHAIR))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("delegated limit");

        // This month's meeting: listed, published, then run.
        UUID meeting = panel.meeting(p, panel.today());
        UUID item = panel.listItem(meeting, kase.id(), kase.family().name());
        panel.publish(meeting);
        assertThatThrownBy(() -> chairDecides(request, meeting, DecisionRoute.PANEL))
                .isInstanceOf(Conflict.class);

        panel.attend(meeting, p, 2);
        panel.start(meeting);
        assertThatThrownBy(() -> chairDecides(request, meeting, DecisionRoute.PANEL))
                .isInstanceOf(Conflict.class).hasMessageContaining("quorate");
        panel.attend(meeting, p, 3);

        chairDecides(request, meeting, DecisionRoute.PANEL);
        // The item listed by hand here is not the grant request's own item: the grant was decided on the request.
        panel.chair(() -> meetings.decide(meeting, item, new DecisionCommand(DecisionCode.AGREE_SUPPORT_PACKAGE,
                "Cooker awarded: the family has had no way to cook hot meals", panel.itemVersion(item))));
        MinutesView minutes = panel.close(meeting);
        assertThat(minutes.items()).anySatisfy(i -> assertThat(i.rationale()).contains("Cooker awarded"));

        GrantRequestView approved = actingAs.call("frontline", WORKER, () -> requests.view(request));
        assertThat(approved.status()).isEqualTo(RequestStatus.APPROVED);
        assertThat(approved.route()).isEqualTo(DecisionRoute.PANEL);
        assertThat(approved.meetingId()).isEqualTo(meeting);
        assertThat(committed(fund)).isEqualTo(committedBefore + 12_000);

        // Whoever asked for the grant does not pay it: the finance officer of the fund's service records the payment.
        actingAs.run("finance", Set.of(Roles.FINANCE), () -> requests.pay(request, new PaymentCommand(PaymentMethod.DIRECT_TO_SUPPLIER,
                "INV-20931", panel.today(), 11_500L, "invoice.png", PNG, grants.version(request))));
        assertThat(actingAs.call("frontline", WORKER, () -> requests.view(request)).status()).isEqualTo(RequestStatus.PAID);
        assertThat(committed(fund)).isEqualTo(committedBefore + 11_500);
    }

    /** Read afresh: the test's own session would keep serving the copy it read first. */
    private long committed(UUID fund) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> actingAs.call("manager",
                Set.of(Roles.MANAGER), () -> funds.fund(fund).committedPence()));
    }

    private void chairDecides(UUID request, UUID meeting, DecisionRoute route) {
        actingAs.run("chair", Set.of(Roles.PANEL_CHAIR), () -> requests.decide(request, new org.placeworks.grant.DecisionCommand(
                route, meeting, DecisionOutcome.APPROVE, null, "Meets the need for hot meals", grants.version(request))));
    }
}
