package org.placeworks.grant;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.placeworks.caf.CaseView;
import org.placeworks.identity.ActingAs;
import org.placeworks.identity.Roles;
import org.placeworks.panel.AgendaItemRef;
import org.placeworks.testsupport.Forms;
import org.placeworks.testsupport.RenderedForm;

/** The grant pages: the fund, asking from a case, the decision and the payment with its receipt. */
@QuarkusTest
class GrantPagesTest {

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
    org.placeworks.panel.PanelFixtures panel;

    @Inject
    org.placeworks.caf.CaseWork work;

    @Inject
    org.placeworks.caf.CafCases cases;

    @Inject
    org.placeworks.organisation.StaffDirectory staff;

    @Inject
    org.placeworks.organisation.Thornbury thornbury;

    @Test
    @TestSecurity(user = "chair", roles = "panel-chair")
    void theChairSeesTheFundsPosition() {
        String fundId = given().get("/api/v1/funds").then().statusCode(200).extract()
                .path("find { it.name == 'Thornbury small grants' }.id");
        given().get("/grants").then().statusCode(200).body(containsString("Thornbury small grants"))
                // The demo's cooker request, above the chair's limit, waits for the panel.
                .body(containsString("Cooker, after the old one failed its safety check"));
        given().get("/grants/funds/" + fundId).then().statusCode(200)
                .body(containsString("Remaining")).body(containsString("By neighbourhood"))
                // The demo's bed and bedding, awarded at last month's panel meeting.
                .body(containsString("Household goods"))
                .body(containsString("an even spend would have committed"));
    }

    @Test
    @TestSecurity(user = "frontline", roles = "frontline")
    void aFrontlineWorkerCannotOpenTheFunds() {
        given().get("/grants").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "manager", roles = "manager")
    void aManagerSetsUpAFundAndBadAmountsAreNamed() {
        int year = fixtures.thisYear() + 40;
        String name = "Page fund " + UUID.randomUUID().toString().substring(0, 6);
        Forms.from("/grants/funds/new").formParam("name", name).formParam("yearStart", String.valueOf(year))
                .formParam("budget", "lots").formParam("maxAward", "150").formParam("maxPerFamily", "300")
                .formParam("chairLimit", "50").post("/grants/funds").then().statusCode(422)
                .body(containsString("The budget must be in pounds")).body(containsString("href=\"#budget\""));
        assertThat(funds.all()).noneMatch(f -> f.name().equals(name));
        RenderedForm.open("/grants/funds/new").set("serviceId", thornbury.service("Family Support Thornbury").id().toString())
                .set("panelId", fixtures.thornburyPanel().toString()).set("name", name).set("yearStart", String.valueOf(year))
                .set("budget", "2,500").set("maxAward", "150").set("maxPerFamily", "300")
                .set("chairLimit", "50").submit().then().statusCode(303);
        assertThat(funds.all()).anyMatch(f -> f.name().equals(name) && f.budgetPence() == 250_000);
    }

    @Test
    @TestSecurity(user = "frontline", roles = "frontline")
    void aWorkerAsksForAGrantFromTheCaseAndMistakesAreNamed() {
        CaseView kase = fixtures.activeCase();
        String form = "/grants/requests/new?caseId=" + kase.id();
        Forms.from(form).formParam("caseId", kase.id().toString()).formParam("needId", kase.needs().get(0).id().toString())
                .formParam("item", "").formParam("category", "GLASSES").formParam("amount", "forty")
                .formParam("cannotPayEvidence", "UC letter").formParam("otherSourcesTried", "School")
                .post("/grants/requests").then().statusCode(422)
                .body(containsString("Enter what the grant will buy")).body(containsString("The amount must be in pounds"));
        assertThat(fixtures.requestsOn(kase.id())).isZero();
        String location = RenderedForm.open(form)
                .set("needId", kase.needs().get(0).id().toString()).set("item", "Glasses")
                .set("category", "GLASSES").set("amount", "£40").set("cannotPayEvidence", "UC letter")
                .set("otherSourcesTried", "School").submit().then().statusCode(303)
                .extract().header("Location");
        given().get(location).then().statusCode(200).body(containsString("£40.00")).body(containsString("Awaiting decision"));
        given().get("/grants/requests?caseId=" + kase.id()).then().statusCode(200).body(containsString("Glasses"));
    }

    @Test
    @TestSecurity(user = "finance", roles = "finance")
    void aPaymentNeedsAReceiptThatIsReallyAPdfJpegOrPng() {
        UUID id = approvedRequest();
        String page = "/grants/requests/" + id;
        pay(page, "receipt.pdf", "just some text".getBytes(StandardCharsets.UTF_8), "38.50").statusCode(422)
                .body(containsString("The receipt must be a PDF, JPEG or PNG"));
        byte[] tooBig = new byte[5 * 1024 * 1024 + 10];
        System.arraycopy(PNG, 0, tooBig, 0, PNG.length);
        pay(page, "big.png", tooBig, "38.50").statusCode(422).body(containsString("smaller than 5 MB"));
        pay(page, "receipt.png", PNG, "45.00").statusCode(422).body(containsString("Pay at most the £40.00 approved"));
        given().get(page).then().body(containsString("Approved")).body(not(containsString("Download receipt")));

        pay(page, "receipt.png", PNG, "38.50").statusCode(303);
        given().get(page).then().statusCode(200).body(containsString("£38.50")).body(containsString("Download receipt.png"));
        given().get(page + "/receipt").then().statusCode(200).contentType("image/png");
    }

    @Test
    @TestSecurity(user = "frontline", roles = "frontline")
    void askingForAGrantNeedsACase() {
        given().get("/grants/requests/new").then().statusCode(422).body(containsString("Ask for a grant from a case page"));
    }

    @Test
    void aTeamMemberFromAnotherServiceDoesNotKnowTheGrantExists() {
        CaseView kase = fixtures.activeCase();
        UUID id = fixtures.request(null, 3_000, kase);
        actingAs.run("chair", Set.of(Roles.PANEL_CHAIR), () -> requests.decide(id, new DecisionCommand(DecisionRoute.CHAIR,
                null, DecisionOutcome.APPROVE, null, "Meets the need", fixtures.version(id))));
        UUID nurse = actingAs.call("frontline", Set.of(Roles.FRONTLINE), () -> staffId("frontline2"));
        actingAs.run("frontline", Set.of(Roles.FRONTLINE), () -> work.addTeamMember(kase.id(), nurse, cases.find(kase.id()).version()));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> actingAs.run("frontline2", Set.of(Roles.FRONTLINE),
                () -> requests.pay(id, new PaymentCommand(PaymentMethod.VOUCHER, "V-1", LocalDate.now(ZoneId.of("Europe/London")),
                        3_000L, "r.png", PNG, fixtures.version(id))))).isInstanceOf(org.placeworks.shared.NotFound.class);
    }

    private UUID staffId(String username) {
        return staff.activeNames().stream().filter(s -> s.username().equals(username)).findFirst().orElseThrow().id();
    }

    @Test
    @TestSecurity(user = "frontline2", roles = "frontline")
    void anotherServicesWorkerCannotOpenTheRequest() {
        UUID id = fixtures.request(null, 2_000);
        given().get("/grants/requests/" + id).then().statusCode(404);
        given().get("/grants/requests/" + id + "/receipt").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "chair", roles = "panel-chair")
    void theFinanceReturnListsTheMonthsPaymentsWithoutNames() {
        UUID id = approvedRequest();
        actingAs.run("finance", Set.of(Roles.FINANCE), () -> requests.pay(id, new PaymentCommand(PaymentMethod.VOUCHER,
                "VOUCHER-TEST-1", LocalDate.now(ZoneId.of("Europe/London")), 4_000L, "r.png", PNG, fixtures.version(id))));
        UUID fund = demoFund();
        String csv = given().get("/grants/funds/" + fund + "/finance-return.csv").then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asString();
        assertThat(csv).startsWith("Paid on,Payment reference,Method").contains("VOUCHER-TEST-1").contains("40.00")
                .doesNotContain("Ivy");
        given().get("/grants/funds/" + fund + "/finance-return.csv?month=November").then().statusCode(422);
    }

    @Test
    @TestSecurity(user = "chair", roles = "panel-chair")
    void aPaymentCannotBeDatedBeforeTheGrantWasApproved() {
        UUID id = approvedRequest();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> actingAs.run("finance", Set.of(Roles.FINANCE),
                () -> requests.pay(id, new PaymentCommand(PaymentMethod.VOUCHER, "VOUCHER-EARLY", today.minusDays(3), 4_000L,
                        "r.png", PNG, fixtures.version(id)))))
                .isInstanceOfSatisfying(org.placeworks.shared.InvalidInput.class, e -> assertThat(e.errors().get("paidOn"))
                        .contains("cannot be before the date the grant was approved"));
    }

    @Test
    @TestSecurity(user = "chair", roles = {"panel-chair", "manager"})
    void aFormulaTypedIntoAPaymentIsNeverRunByTheSpreadsheet() {
        UUID id = approvedRequest();
        String formula = "=HYPERLINK(\"http://evil.example\",\"Refund\")";
        actingAs.run("finance", Set.of(Roles.FINANCE), () -> requests.pay(id, new PaymentCommand(PaymentMethod.VOUCHER,
                formula, LocalDate.now(ZoneId.of("Europe/London")), 4_000L, "r.png", PNG, fixtures.version(id))));
        UUID fund = demoFund();
        for (String export : List.of("/finance-return.csv", "/awards.csv")) {
            String csv = given().get("/grants/funds/" + fund + export).then().statusCode(200).extract().asString();
            assertThat(csv).as(export).contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Refund\"\")\"")
                    .doesNotContainPattern("(^|,|\n)\"?[=+@-][A-Za-z]");
        }
    }

    @Test
    @TestSecurity(user = "chair", roles = {"panel-chair", "panel-member", "lead-professional"})
    void theChairRecordsThePanelsDecisionAtAMeetingInSession() {
        CaseView kase = fixtures.activeCase();
        org.placeworks.panel.PanelView p = panel.panel();
        UUID fund = fixtures.fundOfPanel(p.id(), 50);
        UUID id = fixtures.request(fund, 9_000, kase);
        String page = "/grants/requests/" + id;
        UUID meeting = panel.meeting(p, panel.today());
        UUID unheard = fixtures.request(fund, 9_000);
        panel.listItem(meeting, kase.id(), kase.family().name());
        panel.publish(meeting);
        panel.attend(meeting, p, 3);
        panel.start(meeting);
        given().get(page).then().statusCode(200).body(containsString(p.name()));

        Forms.from(page).formParam("route", "PANEL").formParam("outcome", "APPROVE").formParam("reason", "")
                .formParam("version", String.valueOf(fixtures.version(id))).post(page + "/decision").then().statusCode(422)
                .body(containsString("Select the meeting at which the panel decided")).body(containsString("Give the reason"));
        RenderedForm.open(page, page + "/decision").set("route", "PANEL").set("meetingId", meeting.toString())
                .set("outcome", "APPROVE").set("reason", "Panel agreed").submit().then().statusCode(303);
        given().get(page).then().body(containsString("The panel, at a meeting")).body(containsString("£90.00"));
        // A case the meeting did not hear cannot be decided by it.
        Forms.from("/grants/requests/" + unheard).formParam("route", "PANEL").formParam("meetingId", meeting.toString())
                .formParam("outcome", "APPROVE").formParam("reason", "Panel agreed")
                .formParam("version", String.valueOf(fixtures.version(unheard)))
                .post("/grants/requests/" + unheard + "/decision").then().statusCode(409)
                .body(containsString("not on that meeting"));
        panel.close(meeting);
    }

    @Test
    @TestSecurity(user = "chair", roles = {"panel-chair", "panel-member", "lead-professional"})
    void theAgendaItemForAGrantRequestLeadsToTheRequestsPage() {
        UUID request = fixtures.request(null, 12_000);
        AgendaItemRef listed = actingAs.call("frontline", Set.of(Roles.FRONTLINE, Roles.LEAD_PROFESSIONAL),
                () -> requests.bringToPanel(request));
        Document item = Jsoup.parse(given().get("/panel/meetings/" + listed.meetingId() + "/items/" + listed.itemId())
                .then().statusCode(200).extract().asString());
        String href = item.select("dt:containsOwn(Details) + dd a").attr("href");
        assertThat(href).isEqualTo("/grants/requests/" + request);
        given().get(href).then().statusCode(200).body(containsString("Glasses")).body(containsString("Awaiting decision"));
    }

    private UUID demoFund() {
        return actingAs.call("manager", Set.of(Roles.MANAGER), () -> requests.fundsThisYear().get(0).id());
    }

    /** A £40 request on a new case, approved by the chair. */
    private UUID approvedRequest() {
        UUID id = fixtures.request(null, 4_000);
        actingAs.run("chair", Set.of(Roles.PANEL_CHAIR), () -> requests.decide(id, new DecisionCommand(DecisionRoute.CHAIR,
                null, DecisionOutcome.APPROVE, null, "Meets the need", fixtures.version(id))));
        return id;
    }

    private static io.restassured.response.ValidatableResponse pay(String page, String file, byte[] content, String amount) {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        return RenderedForm.open(page, page + "/payment").set("method", "PURCHASE_CARD").set("reference", "CARD-123")
                .date("paidOn", today.getDayOfMonth(), today.getMonthValue(), today.getYear()).set("amount", amount)
                .attach("receipt", file, content, "application/octet-stream").submit().then();
    }


}
