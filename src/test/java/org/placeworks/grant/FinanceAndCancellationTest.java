package org.placeworks.grant;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.placeworks.audit.AuditEntryView;
import org.placeworks.audit.AuditTrail;
import org.placeworks.identity.ActingAs;
import org.placeworks.identity.Roles;
import org.placeworks.testsupport.Forms;
import org.placeworks.testsupport.RenderedForm;

/**
 * The finance officer (Family Support Thornbury's) pays awards and downloads returns for their
 * service's funds and never decides; an approved award is cancelled before it is paid, giving its
 * commitment back to the fund, and a paid one cannot be.
 */
@QuarkusTest
class FinanceAndCancellationTest {

    static final byte[] PNG = GrantFixtures.RECEIPT_PNG;

    @Inject
    GrantFixtures fixtures;

    @Inject
    GrantRequests requests;

    @Inject
    Funds funds;

    @Inject
    ActingAs actingAs;

    @Inject
    AuditTrail audit;

    @Test
    @TestSecurity(user = "finance", roles = "finance")
    void theFinanceOfficerPaysThroughTheFormWithoutSeeingTheCase() {
        UUID fund = fixtures.fundOfPanel(fixtures.thornburyPanel(), 40);
        UUID id = approved(fund, 4_000);
        String page = "/grants/requests/" + id;

        given().get("/grants").then().statusCode(200).body(containsString("Awards awaiting payment"))
                .body(containsString("href=\"" + page + "\""));
        given().get(page).then().statusCode(200)
                .body(containsString("Record the payment"))
                .body(not(containsString("Record the decision"))).body(not(containsString("Cancel the award")))
                // Finance reads the award, not the family's case: no case reference, no evidence of hardship.
                .body(not(containsString("Back to case"))).body(not(containsString("Universal Credit")))
                .body(not(containsString("Meets the need"))).body(containsString("Approved"));

        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        RenderedForm.open(page, page + "/payment").set("method", "VOUCHER").set("reference", "VOUCHER-FIN-1")
                .date("paidOn", today.getDayOfMonth(), today.getMonthValue(), today.getYear()).set("amount", "40.00")
                .attach("receipt", "receipt.png", PNG, "image/png").submit().then().statusCode(303);
        given().get(page).then().statusCode(200).body(containsString("Paid")).body(containsString("VOUCHER-FIN-1"));
        given().get(page + "/receipt").then().statusCode(200).contentType("image/png");
        assertThat(committedAndPaid(fund)).containsExactly(4_000L, 4_000L);

        String csv = given().get("/grants/funds/" + fund + "/finance-return.csv").then().statusCode(200)
                .extract().asString();
        assertThat(csv).contains("VOUCHER-FIN-1").contains("40.00").doesNotContain("Ivy");
        assertThat(history(id)).anySatisfy(e -> assertThat(e.summary()).contains("Paid £40.00").contains("VOUCHER-FIN-1"));
    }

    @Test
    @TestSecurity(user = "finance", roles = "finance")
    void theFinanceOfficerCannotDecideOrCancel() {
        UUID id = fixtures.request(fixtures.fundOfPanel(fixtures.thornburyPanel(), 41), 3_000);
        String page = "/grants/requests/" + id;
        given().get(page).then().statusCode(200).body(containsString("Awaiting decision"))
                .body(not(containsString("action=\"" + page + "/decision\"")));
        Forms.forged(page).formParam("route", "CHAIR").formParam("outcome", "APPROVE").formParam("reason", "Paying it")
                .formParam("version", String.valueOf(fixtures.version(id))).post(page + "/decision").then().statusCode(403)
                .body(containsString("Your role does not allow you to do this"));
        given().contentType(ContentType.JSON).body(Map.of("route", "CHAIR", "outcome", "APPROVE", "reason", "Paying it",
                "version", fixtures.version(id))).post("/api/v1/grant-requests/" + id + "/decision").then().statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("reason", "Not needed", "version", fixtures.version(id)))
                .post("/api/v1/grant-requests/" + id + "/cancellation").then().statusCode(403);
        // Nor does the finance officer who also chairs the panel decide: the rule, not only the route, says so.
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> actingAs.run("finance", Set.of(Roles.FINANCE, Roles.PANEL_CHAIR),
                () -> requests.decide(id, new DecisionCommand(DecisionRoute.PANEL, null, DecisionOutcome.APPROVE, null,
                        "Paying it", fixtures.version(id)))))
                .isInstanceOf(org.placeworks.shared.Forbidden.class).hasMessage("A finance officer records payments and cannot decide a grant.");
        assertThat(actingAs.call("chair", Set.of(Roles.PANEL_CHAIR), () -> requests.view(id)).status())
                .isEqualTo(RequestStatus.AWAITING_DECISION);
    }

    /** School Nursing Southbank's staff member, given the finance role: Family Support's funds are not theirs. */
    @Test
    @TestSecurity(user = "frontline2", roles = "finance")
    void aFinanceOfficerOfAnotherServiceDoesNotKnowTheFund() {
        UUID fund = fixtures.fundOfPanel(fixtures.thornburyPanel(), 47);
        UUID id = approved(fund, 2_000);
        given().get("/grants").then().statusCode(200).body(not(containsString("/grants/requests/" + id)));
        given().get("/grants/funds/" + fund).then().statusCode(404);
        given().get("/grants/funds/" + fund + "/finance-return.csv").then().statusCode(404);
        given().get("/grants/requests/" + id).then().statusCode(404);
        given().contentType(ContentType.JSON).body(Map.of("method", "VOUCHER", "reference", "V-OTHER", "paidOn",
                LocalDate.now(ZoneId.of("Europe/London")).toString(), "amountPence", 2_000, "receiptName", "r.png",
                "receipt", Base64.getEncoder().encodeToString(PNG), "version", fixtures.version(id)))
                .post("/api/v1/grant-requests/" + id + "/payment").then().statusCode(404);
        assertThat(committedAndPaid(fund)).containsExactly(2_000L, 0L);
    }

    @Test
    @TestSecurity(user = "frontline", roles = "frontline")
    void theWorkerIsToldFinancePaysAndCannotPay() {
        UUID id = approved(fixtures.fundOfPanel(fixtures.thornburyPanel(), 42), 3_000);
        given().get("/grants/requests/" + id).then().statusCode(200).body(not(containsString("Record the payment")))
                .body(not(containsString("Cancel the award")));
        Forms.forgedMultipart("/grants/requests/" + id).multiPart("method", "VOUCHER").multiPart("version",
                String.valueOf(fixtures.version(id))).post("/grants/requests/" + id + "/payment").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "chair", roles = {"panel-chair", "lead-professional"})
    void theChairCancelsAnApprovedAwardWithAReasonAndTheFundGetsItBack() {
        UUID fund = fixtures.fundOfPanel(fixtures.thornburyPanel(), 43);
        UUID id = approved(fund, 4_500);
        String page = "/grants/requests/" + id;
        assertThat(committedAndPaid(fund)).containsExactly(4_500L, 0L);

        RenderedForm.open(page, page + "/cancellation").set("reason", "  ").submit().then().statusCode(422)
                .body(containsString("Give the reason for cancelling the award")).body(containsString("href=\"#reason\""));
        assertThat(committedAndPaid(fund)).as("nothing released by a refused form").containsExactly(4_500L, 0L);
        // A stale form is refused and shown again.
        Forms.from(page).formParam("reason", "Family moved away").formParam("version", "999999")
                .post(page + "/cancellation").then().statusCode(409);

        RenderedForm.open(page, page + "/cancellation").set("reason", "The family moved away before the glasses were bought")
                .submit().then().statusCode(303);
        given().get(page).then().statusCode(200).body(containsString("Cancelled"))
                .body(containsString("The family moved away before the glasses were bought"))
                .body(not(containsString("action=\"" + page + "/cancellation\"")));
        assertThat(committedAndPaid(fund)).as("the commitment went back to the fund").containsExactly(0L, 0L);
        assertThat(history(id)).anySatisfy(e -> assertThat(e.summary()).contains("Cancelled the award of £45.00")
                .contains("moved away"));
        // Cancelled once: not again, and not paid.
        Forms.forged(page).formParam("reason", "Again").formParam("version", String.valueOf(fixtures.version(id)))
                .post(page + "/cancellation").then().statusCode(409).body(containsString("this one is cancelled"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> actingAs.run("finance", Set.of(Roles.FINANCE),
                () -> requests.pay(id, new PaymentCommand(PaymentMethod.VOUCHER, "V-LATE", LocalDate.now(ZoneId.of("Europe/London")),
                        4_500L, "r.png", PNG, fixtures.version(id))))).isInstanceOf(org.placeworks.shared.Conflict.class);
    }

    @Test
    @TestSecurity(user = "chair", roles = {"panel-chair", "lead-professional"})
    void anAwardAlreadyPaidCannotBeCancelled() {
        UUID fund = fixtures.fundOfPanel(fixtures.thornburyPanel(), 44);
        UUID id = approved(fund, 4_000);
        actingAs.run("finance", Set.of(Roles.FINANCE), () -> requests.pay(id, new PaymentCommand(PaymentMethod.VOUCHER, "V-PAID",
                LocalDate.now(ZoneId.of("Europe/London")), 3_800L, "r.png", PNG, fixtures.version(id))));
        String page = "/grants/requests/" + id;
        given().get(page).then().statusCode(200).body(not(containsString("Cancel the award")));
        Forms.forged(page).formParam("reason", "Changed our mind").formParam("version", String.valueOf(fixtures.version(id)))
                .post(page + "/cancellation").then().statusCode(409)
                .body(containsString("This award has already been paid, so it cannot be cancelled."))
                .body(containsString("href=\"#cancellation\""));
        given().contentType(ContentType.JSON).body(Map.of("reason", "Changed our mind", "version", fixtures.version(id)))
                .post("/api/v1/grant-requests/" + id + "/cancellation").then().statusCode(409)
                .body(containsString("already been paid"));
        assertThat(committedAndPaid(fund)).containsExactly(3_800L, 3_800L);
    }

    @Test
    @TestSecurity(user = "manager", roles = "manager")
    void aManagerCancelsThroughTheApi() {
        UUID fund = fixtures.fundOfPanel(fixtures.thornburyPanel(), 45);
        UUID id = approved(fund, 2_000);
        given().contentType(ContentType.JSON).body(Map.of("version", fixtures.version(id)))
                .post("/api/v1/grant-requests/" + id + "/cancellation").then().statusCode(422)
                .body(containsString("reason"));
        given().contentType(ContentType.JSON).body(Map.of("reason", "Bought by the school after all", "version", fixtures.version(id)))
                .post("/api/v1/grant-requests/" + id + "/cancellation").then().statusCode(200)
                .body("status", equalTo("CANCELLED")).body("cancelledReason", equalTo("Bought by the school after all"))
                .body("cancelledBy", equalTo("manager"));
        assertThat(committedAndPaid(fund)).containsExactly(0L, 0L);
    }

    @Test
    @TestSecurity(user = "finance", roles = "finance")
    void theFinanceOfficerPaysThroughTheApi() {
        UUID fund = fixtures.fundOfPanel(fixtures.thornburyPanel(), 46);
        UUID id = approved(fund, 2_500);
        String today = LocalDate.now(ZoneId.of("Europe/London")).toString();
        given().contentType(ContentType.JSON).body(Map.of("method", "PURCHASE_CARD", "reference", "CARD-API-1", "paidOn", today,
                "amountPence", 2_600, "receiptName", "r.png", "receipt", Base64.getEncoder().encodeToString(PNG),
                "version", fixtures.version(id))).post("/api/v1/grant-requests/" + id + "/payment").then().statusCode(422)
                .body(containsString("Pay at most the £25.00 approved"));
        given().contentType(ContentType.JSON).body(Map.of("method", "PURCHASE_CARD", "reference", "CARD-API-1", "paidOn", today,
                "amountPence", 2_400, "receiptName", "r.png", "receipt", Base64.getEncoder().encodeToString(PNG),
                "version", fixtures.version(id))).post("/api/v1/grant-requests/" + id + "/payment").then().statusCode(200)
                .body("status", equalTo("PAID")).body("caseReference", equalTo(""));
        assertThat(committedAndPaid(fund)).containsExactly(2_400L, 2_400L);
    }

    /** A request of this many pence from the fund, approved by the chair within the delegated limit. */
    private UUID approved(UUID fund, long pence) {
        UUID id = fixtures.request(fund, pence);
        actingAs.run("chair", Set.of(Roles.PANEL_CHAIR), () -> requests.decide(id, new DecisionCommand(DecisionRoute.CHAIR,
                null, DecisionOutcome.APPROVE, null, "Meets the need", fixtures.version(id))));
        return id;
    }

    /** Read afresh: the test's own session would keep serving the copy it read first. */
    private java.util.List<Long> committedAndPaid(UUID fund) {
        return QuarkusTransaction.requiringNew().call(() -> actingAs.call("manager", Set.of(Roles.MANAGER), () -> {
            FundView f = funds.fund(fund);
            return java.util.List.of(f.committedPence(), f.paidPence());
        }));
    }

    private java.util.List<AuditEntryView> history(UUID requestId) {
        return QuarkusTransaction.requiringNew().call(() -> audit.history(GrantRequests.KIND, requestId, 20));
    }
}
