package org.placeworks.grant;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.placeworks.identity.ActingAs;
import org.placeworks.identity.Roles;
import org.placeworks.organisation.Thornbury;
import org.placeworks.panel.PanelCommand;
import org.placeworks.panel.PanelFixtures;
import org.placeworks.panel.Panels;
import org.placeworks.shared.Forbidden;
import org.placeworks.testsupport.WallProbe;

/**
 * A fund belongs to its service: outside the service, its panel's chair and managers whose boundary
 * holds the service's whole boundary, the fund, its requests and exports do not exist. Whoever asked
 * for a grant neither decides nor pays it, and a chair decides between meetings only for funds of a
 * panel they chair.
 */
@QuarkusTest
class GrantBoundaryTest {

    static final byte[] PNG = GrantFixtures.RECEIPT_PNG;
    private static final Set<String> WORKER = Set.of(Roles.FRONTLINE, Roles.LEAD_PROFESSIONAL);

    @Inject
    GrantFixtures fixtures;

    @Inject
    PanelFixtures panel;

    @Inject
    GrantRequests requests;

    @Inject
    Panels panels;

    @Inject
    Thornbury thornbury;

    @Inject
    ActingAs actingAs;

    private UUID demoFund() {
        return actingAs.call("manager", Set.of(Roles.MANAGER), () -> requests.fundsThisYear().stream()
                .filter(f -> f.name().equals("Thornbury small grants")).findFirst().orElseThrow().id());
    }

    @Test
    @TestSecurity(user = "frontline2", roles = "manager")
    void aManagerWhoseBoundaryDoesNotHoldTheServiceDoesNotKnowTheFundExists() {
        UUID fund = demoFund();
        given().get("/grants").then().statusCode(200).body(not(containsString("Thornbury small grants")));
        given().get("/grants/funds/" + fund).then().statusCode(404);
        given().get("/grants/funds/" + fund + "/finance-return.csv").then().statusCode(404);
        given().get("/grants/funds/" + fund + "/awards.csv").then().statusCode(404);
        given().get("/api/v1/funds/" + fund).then().statusCode(404);
        given().get("/api/v1/funds").then().statusCode(200).body(not(containsString("Thornbury small grants")));
    }

    @Test
    @TestSecurity(user = "manager", roles = "manager")
    void aManagerWhoseBoundaryHoldsTheServiceSeesTheFund() {
        UUID fund = demoFund();
        given().get("/grants/funds/" + fund).then().statusCode(200).body(containsString("Thornbury small grants"));
        given().get("/grants/funds/" + fund + "/awards.csv").then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "chair", roles = {"panel-chair", "lead-professional"})
    void whoeverAskedForAGrantCannotApproveIt() {
        var kase = fixtures.activeCase();
        UUID id = actingAs.call("chair", WORKER, () -> requests.request(new GrantRequestCommand(kase.id(),
                kase.needs().get(0).id(), "Glasses", GrantCategory.GLASSES, 3_000L, "Thornbury Opticians",
                "Universal Credit letter seen", "School asked first", false, null)));
        given().get("/grants/requests/" + id).then().statusCode(200)
                .body(not(containsString("Record the decision")))
                .body(containsString("You asked for this grant, so someone else must decide it."));
        given().contentType(ContentType.JSON).body(Map.of("route", "CHAIR", "outcome", "APPROVE", "reason", "Meets the need",
                "version", fixtures.version(id))).post("/api/v1/grant-requests/" + id + "/decision")
                .then().statusCode(403).body(containsString("someone else must decide it"));
        assertThat(actingAs.call("frontline", WORKER, () -> requests.view(id)).status()).isEqualTo(RequestStatus.AWAITING_DECISION);
    }

    @Test
    @TestSecurity(user = "frontline", roles = "frontline")
    void whoeverAskedForAGrantCannotPayIt() {
        UUID id = fixtures.request(null, 4_000);
        actingAs.run("chair", Set.of(Roles.PANEL_CHAIR), () -> requests.decide(id, new DecisionCommand(DecisionRoute.CHAIR,
                null, DecisionOutcome.APPROVE, null, "Meets the need", fixtures.version(id))));
        given().get("/grants/requests/" + id).then().statusCode(200)
                .body(not(containsString("Record the payment")))
                .body(containsString("You asked for this grant, so someone else must record its payment."));
        assertThatThrownBy(() -> actingAs.run("frontline", WORKER, () -> requests.pay(id, new PaymentCommand(PaymentMethod.VOUCHER,
                "V-SELF", LocalDate.now(ZoneId.of("Europe/London")), 4_000L, "r.png", PNG, fixtures.version(id)))))
                .isInstanceOf(Forbidden.class).hasMessageContaining("Only a finance officer of the fund's service");
        // Holding the finance role as well does not let the person who asked pay it.
        assertThatThrownBy(() -> actingAs.run("frontline", Set.of(Roles.FRONTLINE, Roles.FINANCE), () -> requests.pay(id,
                new PaymentCommand(PaymentMethod.VOUCHER, "V-SELF", LocalDate.now(ZoneId.of("Europe/London")), 4_000L, "r.png", PNG,
                        fixtures.version(id)))))
                .isInstanceOf(Forbidden.class).hasMessageContaining("someone else must record its payment");
        assertThat(actingAs.call("chair", WORKER, () -> requests.view(id)).status()).isEqualTo(RequestStatus.APPROVED);
    }

    @Test
    @TestSecurity(user = "chair", roles = "panel-chair")
    void aChairDecidesBetweenMeetingsOnlyForFundsOfAPanelTheyChair() {
        UUID locality = panel.eastbrook();
        UUID otherPanel = actingAs.call("manager", Set.of(Roles.MANAGER), () -> panels.create(new PanelCommand(
                Thornbury.unique("Eastbrook Panel chaired by the manager"), locality, thornbury.member("manager").id(), 3,
                DayOfWeek.THURSDAY, LocalTime.of(10, 0), "Village hall", null, null, null, null)).id());
        UUID fund = fixtures.fundOfPanel(otherPanel, 60);
        UUID id = fixtures.request(fund, 3_000);
        given().contentType(ContentType.JSON).body(Map.of("route", "CHAIR", "outcome", "APPROVE", "reason", "Meets the need",
                "version", fixtures.version(id))).post("/api/v1/grant-requests/" + id + "/decision")
                .then().statusCode(403).body(containsString("Only the chair of the panel that decides this fund's grants"));
        assertThat(actingAs.call("frontline", WORKER, () -> requests.view(id)).status()).isEqualTo(RequestStatus.AWAITING_DECISION);
    }

    @Test
    @TestSecurity(user = "frontline", roles = "frontline")
    void aCaseShowsOnlyTheGrantsAskedForFromFundsTheReaderSees() throws SQLException {
        var kase = fixtures.activeCase();
        UUID own = fixtures.request(null, 3_000, kase);
        // Another service's fund (in a far-off year, out of other tests' way), with a request on the same case; both
        // taken away again after, since other tests count what that service's funds hold.
        UUID otherFund = UUID.randomUUID();
        UUID otherRequest = UUID.randomUUID();
        asOwner("insert into grant_fund (id, name, year_start, budget_pence, max_award_pence, max_per_family_pence,"
                + " chair_limit_pence, service_id) values ('" + otherFund + "', '" + Thornbury.unique("School nursing fund")
                + "', " + (fixtures.thisYear() + 70) + ", 100000, 10000, 20000, 0, '" + thornbury.service("School Nursing Southbank").id()
                + "');"
                + "insert into grant_request (id, fund_id, case_id, family_id, need_id, item, category, amount_pence,"
                + " cannot_pay_evidence, other_sources_tried, status, requested_by, requested_at)"
                + " select '" + otherRequest + "', '" + otherFund + "', case_id, family_id, need_id, 'Bus pass for the"
                + " school run', category, amount_pence, cannot_pay_evidence, other_sources_tried, status, 'frontline2', now()"
                + " from grant_request where id = '" + own + "'");
        try {
            given().get("/cases/" + kase.id()).then().statusCode(200).body(containsString("Glasses"))
                    .body(not(containsString("Bus pass for the school run")));
            given().get("/grants/requests?caseId=" + kase.id()).then().statusCode(200).body(containsString("Glasses"))
                    .body(not(containsString("Bus pass for the school run")));
        } finally {
            asOwner("delete from grant_request where id = '" + otherRequest + "'; delete from grant_fund where id = '" + otherFund + "'");
        }
    }

    private static void asOwner(String sql) throws SQLException {
        try (Connection owner = WallProbe.ownerConnection(); Statement s = owner.createStatement()) {
            s.execute(sql);
        }
    }
}
