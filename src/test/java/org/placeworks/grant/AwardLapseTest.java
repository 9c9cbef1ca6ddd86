package org.placeworks.grant;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.placeworks.caf.CaseView;
import org.placeworks.identity.ActingAs;
import org.placeworks.identity.Roles;
import org.placeworks.shared.Conflict;
import org.placeworks.testsupport.MovableClock;

/**
 * An approved award left unpaid longer than the lapse period (60 days) lapses when the daily job runs,
 * and its commitment goes back to the fund; the job does its work once a day however often it fires;
 * a lapsed award is neither paid nor cancelled, and a paid award never lapses.
 */
@QuarkusTest
class AwardLapseTest {

    @Inject
    GrantFixtures fixtures;

    @Inject
    GrantRequests requests;

    @Inject
    Funds funds;

    @Inject
    AwardLapses lapses;

    @Inject
    MovableClock clock;

    @Inject
    ActingAs actingAs;

    @AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    @Test
    @TestSecurity(user = "manager", roles = "manager")
    void anAwardUnpaidAfterSixtyDaysLapsesAndItsCommitmentGoesBackOnceADay() {
        // Cases are opened today; the awards were approved long ago, on a day no other test uses.
        CaseView first = fixtures.activeCase();
        CaseView second = fixtures.activeCase();
        CaseView third = fixtures.activeCase();
        UUID fund = fixtures.fundOfPanel(fixtures.thornburyPanel(), 70);
        Instant approvedAt = Instant.now().minus(Duration.ofDays(400));
        LocalDate approvedOn = LocalDate.ofInstant(approvedAt, ZoneId.of("Europe/London"));
        clock.moveTo(approvedAt);
        UUID unpaid = approved(fund, 3_000, first);
        UUID paid = approved(fund, 2_000, second);
        actingAs.run("finance", Set.of(Roles.FINANCE), () -> requests.pay(paid, new PaymentCommand(PaymentMethod.VOUCHER, "V-LAPSE",
                approvedOn, 2_000L, "r.png", GrantFixtures.RECEIPT_PNG, fixtures.version(paid))));

        // Sixty days on, the award is not yet lapsed.
        clock.moveTo(approvedAt.plus(Duration.ofDays(60)));
        UUID recent = approved(fund, 1_000, third);
        assertThat(lapses.lapseDue()).isZero();
        assertThat(status(unpaid)).isEqualTo(RequestStatus.APPROVED);

        // Sixty-one days on, it lapses; the award approved since and the paid one stay.
        clock.moveTo(approvedAt.plus(Duration.ofDays(61)));
        assertThat(lapses.lapseDue()).isEqualTo(1);
        assertThat(status(unpaid)).isEqualTo(RequestStatus.LAPSED);
        assertThat(status(paid)).isEqualTo(RequestStatus.PAID);
        assertThat(status(recent)).isEqualTo(RequestStatus.APPROVED);
        // Run again the same day (another instance, a retry): it skips.
        assertThat(lapses.lapseDue()).isEqualTo(-1);

        clock.reset();
        given().get("/api/v1/funds/" + fund).then().statusCode(200).body("committedPence", equalTo(3_000))
                .body("paidPence", equalTo(2_000)).body("ledgerAgrees", equalTo(true));
        given().get("/api/v1/funds/" + fund + "/ledger").then()
                .body("find { it.requestId == '" + unpaid + "' && it.kind == 'RELEASE' }.committedPence", equalTo(-3_000))
                .body("find { it.requestId == '" + unpaid + "' && it.kind == 'RELEASE' }.recordedBy", equalTo("system"))
                .body("find { it.requestId == '" + unpaid + "' && it.kind == 'RELEASE' }.reason", containsString("unpaid after 60 days"));
        given().get("/grants/requests/" + unpaid).then().statusCode(200).body(containsString("Lapsed"));

        // A lapsed award is not paid, nor cancelled.
        assertThatThrownBy(() -> actingAs.run("finance", Set.of(Roles.FINANCE), () -> requests.pay(unpaid, new PaymentCommand(
                PaymentMethod.VOUCHER, "V-TOO-LATE", LocalDate.now(ZoneId.of("Europe/London")), 3_000L, "r.png",
                GrantFixtures.RECEIPT_PNG, fixtures.version(unpaid))))).isInstanceOf(Conflict.class).hasMessageContaining("lapsed");
        given().contentType(ContentType.JSON).body(Map.of("reason", "No longer needed", "version", fixtures.version(unpaid)))
                .post("/api/v1/grant-requests/" + unpaid + "/cancellation").then().statusCode(409)
                .body(containsString("this one is lapsed"));
        // And a paid award is never cancelled.
        given().contentType(ContentType.JSON).body(Map.of("reason", "Changed our mind", "version", fixtures.version(paid)))
                .post("/api/v1/grant-requests/" + paid + "/cancellation").then().statusCode(409)
                .body(containsString("already been paid"));
        assertThat(status(paid)).isEqualTo(RequestStatus.PAID);
    }

    private UUID approved(UUID fund, long pence, CaseView kase) {
        UUID id = fixtures.request(fund, pence, kase);
        actingAs.run("chair", Set.of(Roles.PANEL_CHAIR), () -> requests.decide(id, new DecisionCommand(DecisionRoute.CHAIR,
                null, DecisionOutcome.APPROVE, null, "Meets the need", fixtures.version(id))));
        return id;
    }

    private RequestStatus status(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> actingAs.call("chair", Set.of(Roles.PANEL_CHAIR),
                () -> requests.view(id).status()));
    }

}
