package org.placeworks.grant;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.placeworks.caf.CaseView;
import org.placeworks.family.FamilyFixtures;
import org.placeworks.identity.ActingAs;
import org.placeworks.identity.Roles;

/** Grant requests and decisions over the API, with real tokens: the limits, the roles and the boundary. */
@QuarkusTest
class GrantsApiTest {

    @TestHTTPResource("/")
    URL root;

    @Inject
    GrantFixtures fixtures;

    @Inject
    ActingAs actingAs;

    @Inject
    Funds funds;

    private UUID fund;
    private CaseView kase;

    @BeforeEach
    void aFundAndACaseWithAPlan() {
        FamilyFixtures.useApp(root);
        // £200 budget, £150 an award, £200 a family, chair up to £50; a far-off year of its own.
        fund = actingAs.call("manager", Set.of(Roles.MANAGER), () -> funds.create(fixtures.fund(
                "API " + UUID.randomUUID(), fixtures.thisYear() + 20, 20_000L, 15_000L, 20_000L, 5_000L)));
        kase = fixtures.activeCase();
    }

    private RequestSpecification as(String user) {
        return given().auth().oauth2(FamilyFixtures.token(user)).contentType(ContentType.JSON);
    }

    private Map<String, Object> request(long pence) {
        Map<String, Object> body = new HashMap<>();
        body.put("caseId", kase.id().toString());
        body.put("needId", kase.needs().get(0).id().toString());
        body.put("item", "Glasses");
        body.put("category", "GLASSES");
        body.put("amountPence", pence);
        body.put("cannotPayEvidence", "Universal Credit letter seen");
        body.put("otherSourcesTried", "School and charity asked");
        body.put("fundId", fund.toString());
        return body;
    }

    private String ask(long pence) {
        return as("frontline").body(request(pence)).post("/api/v1/grant-requests").then().statusCode(201)
                .body("status", equalTo("AWAITING_DECISION")).body("need", equalTo(kase.needs().get(0).description()))
                .extract().path("id");
    }

    private Map<String, Object> chairApproves(String id, Long lowerPence) {
        Map<String, Object> body = new HashMap<>();
        body.put("route", "CHAIR");
        body.put("outcome", lowerPence == null ? "APPROVE" : "APPROVE_LOWER");
        body.put("amountPence", lowerPence);
        body.put("reason", "Meets the need");
        body.put("version", fixtures.version(UUID.fromString(id)));
        return body;
    }

    @Test
    void theChairApprovesWithinTheDelegatedLimit() {
        String id = ask(4_000);
        as("chair").body(chairApproves(id, null)).post("/api/v1/grant-requests/" + id + "/decision").then().statusCode(200)
                .body("status", equalTo("APPROVED")).body("approvedPence", equalTo(4_000)).body("route", equalTo("CHAIR"));
        as("manager").get("/api/v1/funds/" + fund).then().statusCode(200).body("committedPence", equalTo(4_000));
    }

    @Test
    void theChairCannotApproveAboveTheDelegatedLimitBetweenMeetings() {
        String id = ask(8_000);
        as("chair").body(chairApproves(id, null)).post("/api/v1/grant-requests/" + id + "/decision").then().statusCode(422)
                .body("errors.amount", containsString("delegated limit"));
        as("chair").body(chairApproves(id, 5_000L)).post("/api/v1/grant-requests/" + id + "/decision").then().statusCode(200)
                .body("approvedPence", equalTo(5_000));
    }

    @Test
    void moreThanTheMostOneAwardMayBeIsRefusedWhenAsked() {
        as("frontline").body(request(20_000)).post("/api/v1/grant-requests").then().statusCode(422)
                .body("errors.amount", containsString("£150.00"));
    }

    @Test
    void aFamilyCannotHaveMoreThanItsYearlyLimit() {
        String first = ask(5_000);
        as("chair").body(chairApproves(first, null)).post("/api/v1/grant-requests/" + first + "/decision").then().statusCode(200);
        for (int i = 0; i < 3; i++) {
            String next = ask(5_000);
            as("chair").body(chairApproves(next, null)).post("/api/v1/grant-requests/" + next + "/decision").then().statusCode(200);
        }
        String over = ask(1_000);
        as("chair").body(chairApproves(over, null)).post("/api/v1/grant-requests/" + over + "/decision").then().statusCode(422)
                .body("errors.amount", containsString("£200.00"));
    }

    @Test
    void aStaleDecisionIsRefused() {
        String id = ask(2_000);
        Map<String, Object> stale = chairApproves(id, null);
        stale.put("version", 99);
        as("chair").body(stale).post("/api/v1/grant-requests/" + id + "/decision").then().statusCode(409)
                .body("detail", containsString("This grant request was changed by someone else"));
        as("chair").get("/api/v1/grant-requests/" + id).then().body("status", equalTo("AWAITING_DECISION"));
    }

    @Test
    void aDecisionNeedsAReasonAndOnlyTheChairRecordsIt() {
        String id = ask(2_000);
        Map<String, Object> noReason = chairApproves(id, null);
        noReason.remove("reason");
        as("chair").body(noReason).post("/api/v1/grant-requests/" + id + "/decision").then().statusCode(422)
                .body("errors.reason", containsString("reason"));
        as("frontline").body(chairApproves(id, null)).post("/api/v1/grant-requests/" + id + "/decision").then().statusCode(403);
    }

    @Test
    void anotherServicesWorkerCannotSeeTheRequest() {
        String id = ask(2_000);
        as("frontline2").get("/api/v1/grant-requests/" + id).then().statusCode(404);
        as("frontline2").body(request(2_000)).post("/api/v1/grant-requests").then().statusCode(404);
    }

    @Test
    void aRequestNeedsTheEvidenceAndANeedOfTheCase() {
        Map<String, Object> body = request(2_000);
        body.remove("cannotPayEvidence");
        body.put("needId", UUID.randomUUID().toString());
        as("frontline").body(body).post("/api/v1/grant-requests").then().statusCode(422)
                .body("errors.needId", containsString("need in the plan"))
                .body("errors.cannotPayEvidence", containsString("cannot pay"));
    }

    @Test
    void aFundsBreakdownNeverGivesACountUnderFive() {
        String demoFund = as("manager").get("/api/v1/funds").then().extract().path("find { it.name == 'Thornbury small grants' }.id");
        java.util.List<Object> counts = as("manager").get("/api/v1/funds/" + demoFund).then().statusCode(200)
                .extract().path("byNeighbourhood.awards");
        org.assertj.core.api.Assertions.assertThat(counts).isNotEmpty()
                .allSatisfy(n -> org.assertj.core.api.Assertions.assertThat(n == null || ((Number) n).intValue() >= 5).isTrue());
    }

    @Test
    void aSuppressedCountInAFundsBreakdownHidesItsAmountToo() {
        String demoFund = as("manager").get("/api/v1/funds").then().extract().path("find { it.name == 'Thornbury small grants' }.id");
        java.util.List<java.util.Map<String, Object>> rows = as("manager").get("/api/v1/funds/" + demoFund).then().statusCode(200)
                .extract().path("byNeighbourhood");
        org.assertj.core.api.Assertions.assertThat(rows).anySatisfy(r -> org.assertj.core.api.Assertions.assertThat(r.get("awards")).isNull())
                .allSatisfy(r -> {
                    if (r.get("awards") == null) {
                        org.assertj.core.api.Assertions.assertThat(r.get("committedPence")).isNull();
                    }
                });
    }

    @Test
    void fundsAreForChairsAndManagers() {
        as("manager").get("/api/v1/funds").then().statusCode(200).body("name", hasItem(containsString("API ")));
        as("frontline").get("/api/v1/funds").then().statusCode(403);
        given().get("/api/v1/funds").then().statusCode(401);
    }
}
