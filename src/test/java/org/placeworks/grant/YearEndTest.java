package org.placeworks.grant;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.placeworks.caf.CaseView;
import org.placeworks.identity.ActingAs;
import org.placeworks.identity.Roles;
import org.placeworks.shared.InvalidInput;
import org.placeworks.testsupport.Forms;
import org.placeworks.testsupport.RenderedForm;

/**
 * At year end a manager of the fund's service closes it: the awards approved and not yet paid are
 * listed (page, and CSV for finance), and a closed fund takes no new requests, approvals or budget changes.
 */
@QuarkusTest
class YearEndTest {

    @Inject
    GrantFixtures fixtures;

    @Inject
    GrantRequests requests;

    @Inject
    ActingAs actingAs;

    @Test
    @TestSecurity(user = "manager", roles = "manager")
    void theManagerClosesLastYearsFundAndItTakesNoNewRequests() {
        UUID fund = fixtures.fundOfPanel(fixtures.thornburyPanel(), -1);
        UUID unpaid = approved(fund, 2_000, fixtures.activeCase());
        String page = "/grants/funds/" + fund;
        given().get(page + "/year-end").then().statusCode(200).body(containsString("Approved and not yet paid"))
                .body(containsString("href=\"/grants/requests/" + unpaid + "\"")).body(containsString("£20.00"));

        RenderedForm.open(page + "/year-end", page + "/year-end").set("note", "Agreed with the head of service").submit()
                .then().statusCode(303);
        given().get(page).then().statusCode(200).body(containsString("govuk-tag--grey\">Closed"))
                .body(containsString("Year-end close")).body(not(containsString("href=\"" + page + "/budget\"")));
        given().get("/api/v1/funds/" + fund + "/ledger").then().statusCode(200)
                .body("kind", hasItem("YEAR_END_CLOSE"))
                .body("find { it.kind == 'YEAR_END_CLOSE' }.reason", containsString("1 award approved and unpaid (£20.00)"))
                .body("find { it.kind == 'YEAR_END_CLOSE' }.reason", containsString("Agreed with the head of service"));
        given().get("/api/v1/funds/" + fund).then().body("closedOn", org.hamcrest.Matchers.notNullValue());

        // Closed: no new request from it, no budget change, not closed twice.
        CaseView kase = fixtures.activeCase();
        assertThatThrownBy(() -> fixtures.request(fund, 1_000, kase)).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("is closed for the year and takes no new requests");
        assertThat(fixtures.requestsOn(kase.id())).isZero();
        given().contentType(ContentType.JSON).body(Map.of("kind", "TOP_UP", "amountPence", 1_000, "reason", "More", "version", 2))
                .post("/api/v1/funds/" + fund + "/budget-changes").then().statusCode(409).body(containsString("was closed at year end"));
        given().contentType(ContentType.JSON).body(Map.of("version", 2)).post("/api/v1/funds/" + fund + "/year-end").then()
                .statusCode(409);
        // The award approved before the close can still be paid.
        given().get(page + "/year-end").then().statusCode(200).body(not(containsString("Close the fund for the year")));
    }

    @Test
    @TestSecurity(user = "manager", roles = "manager")
    void aRequestAwaitingDecisionInAClosedFundCannotBeApproved() {
        UUID fund = fixtures.fundOfPanel(fixtures.thornburyPanel(), -2);
        UUID waiting = fixtures.request(fund, 1_500);
        given().contentType(ContentType.JSON).body(Map.of("version", 0)).post("/api/v1/funds/" + fund + "/year-end").then()
                .statusCode(200).body("closedOn", org.hamcrest.Matchers.notNullValue());
        assertThatThrownBy(() -> actingAs.run("chair", Set.of(Roles.PANEL_CHAIR), () -> requests.decide(waiting,
                new DecisionCommand(DecisionRoute.CHAIR, null, DecisionOutcome.APPROVE, null, "Meets the need", fixtures.version(waiting)))))
                .isInstanceOf(org.placeworks.shared.Conflict.class).hasMessageContaining("cannot approve an award from it");
    }

    @Test
    @TestSecurity(user = "manager", roles = "manager")
    void aFundCannotBeClosedBeforeTheLastMonthOfItsYear() {
        UUID fund = fixtures.fundOfPanel(fixtures.thornburyPanel(), 48);
        int start = fixtures.thisYear() + 48;
        given().contentType(ContentType.JSON).body(Map.of("version", 0)).post("/api/v1/funds/" + fund + "/year-end").then()
                .statusCode(409).body(containsString("can be closed from 1 March " + (start + 1)));
        String page = "/grants/funds/" + fund;
        RenderedForm.open(page + "/year-end", page + "/year-end").submit().then().statusCode(409)
                .body(containsString("href=\"#close\"")).body(containsString("in the last month of its year"));
        Forms.from(page + "/year-end").formParam("version", "99").post(page + "/year-end").then().statusCode(409)
                .body(containsString("This fund was changed by someone else"));
        given().get("/api/v1/funds/" + fund).then().body("closedOn", org.hamcrest.Matchers.nullValue());
    }

    @Test
    @TestSecurity(user = "finance", roles = "finance")
    void financeDownloadsTheUnpaidAwardsButCannotCloseTheFund() {
        UUID fund = fixtures.fundOfPanel(fixtures.thornburyPanel(), -3);
        approved(fund, 2_500, fixtures.activeCase());
        String csv = given().get("/grants/funds/" + fund + "/unpaid.csv").then().statusCode(200).contentType(containsString("text/csv"))
                .extract().asString();
        assertThat(csv).contains("Glasses").contains("25.00").contains("Thornbury Opticians").doesNotContain("Ivy");
        given().get("/api/v1/funds/" + fund + "/unpaid").then().statusCode(200).body("item", hasItem("Glasses"))
                .body("approvedPence", hasItem(2_500));
        given().get("/grants/funds/" + fund + "/year-end").then().statusCode(200)
                .body(not(containsString("Close the fund for the year")));
        Forms.forged("/grants/funds/" + fund + "/year-end").formParam("version", "1").post("/grants/funds/" + fund + "/year-end")
                .then().statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("version", 1)).post("/api/v1/funds/" + fund + "/year-end").then()
                .statusCode(403);
    }

    private UUID approved(UUID fund, long pence, CaseView kase) {
        UUID id = fixtures.request(fund, pence, kase);
        actingAs.run("chair", Set.of(Roles.PANEL_CHAIR), () -> requests.decide(id, new DecisionCommand(DecisionRoute.CHAIR,
                null, DecisionOutcome.APPROVE, null, "Meets the need", fixtures.version(id))));
        return id;
    }
}
