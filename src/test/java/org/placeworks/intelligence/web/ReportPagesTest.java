package org.placeworks.intelligence.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.placeworks.identity.Roles;
import org.placeworks.intelligence.ThornburyPlaces;
import org.placeworks.shared.Today;
import org.placeworks.testsupport.Forms;
import org.placeworks.testsupport.RenderedForm;

/** The public reporting pages and the staff pages, as a browser without JavaScript uses them. */
@QuarkusTest
class ReportPagesTest {

    private static final Pattern CODE = Pattern.compile("id=\"receipt-code\">([0-9A-Z]{4}(?:-[0-9A-Z]{4}){4})<");
    private static final Pattern REFERENCE = Pattern.compile("(CI-\\d{4}-\\d{5})");

    @Inject
    Today today;

    @Inject
    ThornburyPlaces thornbury;

    @Test
    void theReportPageIsOpenToAllAndSaysHonestlyWhatIsKept() {
        given().redirects().follow(false).get("/report").then().statusCode(200)
                .body(containsString("Exit this page")).body(containsString("href=\"https://www.bbc.co.uk/weather\""))
                .body(containsString("only anonymous if you leave out your contact details"))
                .body(containsString("Only the council's community safety intelligence officers can see who made a report"))
                .body(containsString("never says who you are"))
                .body(not(containsString("Sign out"))).body(not(containsString("govuk-header__navigation")))
                .body(not(containsString("real families")));
    }

    @Test
    @TestSecurity(user = "frontline", roles = Roles.FRONTLINE)
    void aSignedInVisitorSeesNoStaffNavigationOnThePublicPage() {
        given().get("/report").then().statusCode(200).body(not(containsString("govuk-header__navigation")))
                .body(not(containsString("Sign out")));
    }

    @Test
    void aResidentReportsGetsTheCodeOnceChecksItAndAddsInformation() {
        LocalDate yesterday = today.date().minusDays(1);
        RenderedForm form = RenderedForm.open("/report");
        String westfield = form.options("areaId").stream().filter(v -> v.equals(thornbury.area("Westfield").toString())).findFirst().orElseThrow();
        Response sent = form.set("whatHappened", "Fireworks thrown at the bus shelter on Quince Lane (RP-flow)")
                .set("category", "ANTI_SOCIAL_BEHAVIOUR").date("occurredOn", yesterday.getDayOfMonth(), yesterday.getMonthValue(), yesterday.getYear())
                .set("occurredTime", "21:15").set("where", "AREA").set("areaId", westfield).set("victim", "NO").submit();

        sent.then().statusCode(200).header("Cache-Control", "no-store").body(containsString("Report sent"));
        String code = match(CODE, sent.asString());
        assertThat(code).hasSize(24);

        Response status = RenderedForm.open("/report/check").set("code", code.toLowerCase()).submit();
        status.then().statusCode(200).header("Cache-Control", "no-store").body(containsString("We have received your report"))
                .body(containsString(match(REFERENCE, sent.asString())));

        // The status page is the answer to a POST (the code is never in a link): its form holds the code and the information.
        Forms.forged("/report/check").formParam("code", code).formParam("information", "They came back tonight (RP-flow)")
                .post("/report/check/information").then().statusCode(200)
                .body(containsString("We have added your information")).body(containsString("Once"));
    }

    @Test
    void aWrongCodeAndAnUnknownCodeGetTheSameAnswer() {
        Response sent = Forms.from("/report").formParams(valid("Bins set alight behind the Lodge Close flats (RP-wrong)")).post("/report");
        String code = match(CODE, sent.asString());
        String wrong = code.substring(0, 23) + (code.endsWith("0") ? "1" : "0");

        Response first = RenderedForm.open("/report/check").set("code", wrong).submit();
        Response second = RenderedForm.open("/report/check").set("code", "ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ").submit();
        Response third = RenderedForm.open("/report/check").set("code", "nonsense").submit();

        assertThat(first.statusCode()).isEqualTo(second.statusCode()).isEqualTo(third.statusCode()).isEqualTo(422);
        assertThat(summary(first)).isEqualTo(summary(second)).isEqualTo(summary(third))
                .contains("We could not find a report with that receipt code");
        Forms.forged("/report/check").formParam("code", wrong).formParam("information", "Sneaky addition (RP-wrong)")
                .post("/report/check/information").then().statusCode(422)
                .body(containsString("We could not find a report with that receipt code"));
    }

    @Test
    void anAddressIsFoundByItsPostcodeWithoutJavaScript() {
        Response found = Forms.from("/report").formParams(valid("Shouting on Mill Lane (RP-postcode)", "where", "ADDRESS",
                "postcode", "tb1 4ad", "action", "find")).post("/report");

        found.then().statusCode(200).body(containsString("1 Mill Lane")).body(containsString("name=\"addressId\""))
                .body(containsString("Shouting on Mill Lane (RP-postcode)"));
        Matcher address = Pattern.compile("name=\"addressId\" type=\"radio\" value=\"([0-9a-f-]{36})\"").matcher(found.asString());
        assertThat(address.find()).isTrue();

        // The address radios are on the page "Find addresses" answered (a POST), not on the page as first opened.
        Forms.forged("/report").formParams(valid("Shouting on Mill Lane (RP-postcode)", "where", "ADDRESS", "postcode", "TB1 4AD",
                "addressId", address.group(1))).post("/report").then().statusCode(200).body(containsString("Report sent"));

        Forms.from("/report").formParams(valid("x", "postcode", "not a postcode", "action", "find")).post("/report").then().statusCode(422).body(containsString("govuk-error-summary"))
                .body(containsString("Enter a real postcode"));
    }

    @Test
    void anEmptyAFutureAndAnOversizedReportAreShownAgainWithAnErrorSummary() {
        Forms.from("/report").formParam("action", "send").post("/report").then().statusCode(422)
                .body(containsString("govuk-error-summary")).body(containsString("href=\"#whatHappened\""))
                .body(containsString("Tell us what happened")).body(containsString("Select what the report is about"))
                .body(containsString("Enter the date it happened")).body(containsString("Tell us where it happened"));

        LocalDate tomorrow = today.date().plusDays(1);
        Forms.from("/report").formParams(valid("It will happen tomorrow (RP-future)", "occurredOn-day", tomorrow.getDayOfMonth(),
                "occurredOn-month", tomorrow.getMonthValue(), "occurredOn-year", tomorrow.getYear())).post("/report").then().statusCode(422).body(containsString("href=\"#occurredOn\""))
                .body(containsString("The date it happened must be today or in the past"))
                .body(containsString("It will happen tomorrow (RP-future)"));

        Forms.from("/report").formParams(valid("y".repeat(10_001))).post("/report").then().statusCode(422)
                .body(containsString("What happened must be 10,000 characters or fewer"));
    }

    @Test
    @TestSecurity(user = "estate", roles = Roles.ESTATE_OFFICER)
    void anyStaffTakeAReportByPhoneButOnlyIntelligenceOfficersReadIt() {
        RenderedForm form = RenderedForm.open("/intelligence/reports/new");
        LocalDate yesterday = today.date().minusDays(1);
        Response taken = form.set("channel", "PHONE").set("whatHappened", "Caller says a dog is left alone for days (RP-phone)")
                .set("category", "NEGLECT_OR_WELFARE").date("occurredOn", yesterday.getDayOfMonth(), yesterday.getMonthValue(), yesterday.getYear())
                .set("where", "DESCRIBED").set("placeDescription", "The end house on Damson Close").set("victim", "NO")
                .set("reporterName", "Octavia Brambleworth").set("reporterPhone", "01632 960 999").set("preferredContact", "PHONE").submit();

        taken.then().statusCode(200).body(containsString("Report saved")).body(containsString("Read the resident their receipt code"));
        // Not the intelligence role: the report does not exist for them, as for anyone outside its boundary.
        given().get("/intelligence/reports/" + reportId("RP-phone")).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "manager", roles = Roles.MANAGER)
    void aManagerOpeningAReportIsToldItDoesNotExist() {
        given().get("/intelligence/reports/" + reportId("")).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "intel", roles = Roles.INTELLIGENCE_OFFICER)
    void anOfficerListsReadsAddsToAndMovesOnAReportWithoutSeeingWhoReported() {
        Forms.from("/report").formParams(valid("Scooters ridden through the Bandstand Road play area (RP-officer)",
                "reporterName", "Cornelius Aldersgate-Pym", "reporterEmail", "c.pym@example.org", "preferredContact", "EMAIL")).post("/report").then().statusCode(200);
        UUID id = reportId("RP-officer");

        given().get("/intelligence/reports?status=RECEIVED&category=ANTI_SOCIAL_BEHAVIOUR").then().statusCode(200)
                .body(containsString("/intelligence/reports/" + id));
        given().get("/intelligence/reports?status=CLOSED").then().statusCode(200).body(not(containsString("/intelligence/reports/" + id)));
        given().get("/intelligence/reports?status=NOPE").then().statusCode(422);
        given().get("/intelligence/reports/" + id).then().statusCode(200)
                .body(containsString("Scooters ridden through the Bandstand Road play area (RP-officer)"))
                .body(containsString("Gave contact details")).body(not(containsString("Aldersgate"))).body(not(containsString("c.pym")));

        String page = "/intelligence/reports/" + id;
        RenderedForm.open(page, page + "/information").set("information", "Seen again on Saturday (RP-officer)").submit()
                .then().statusCode(303);
        RenderedForm.open(page, page + "/status").set("status", "CLOSED").set("statusNote", "Wardens now patrol the park (RP-officer)")
                .submit().then().statusCode(303);
        RenderedForm.open(page, page + "/status").set("status", "UNDER_REVIEW").set("version", "0").submit().then().statusCode(409);
        given().get(page).then().statusCode(200).body(containsString("Seen again on Saturday (RP-officer)"))
                .body(containsString("Wardens now patrol the park (RP-officer)"));
        given().get("/").then().statusCode(200).body(containsString("Confidential reports")).body(containsString("waiting to be looked at"));
    }

    /** A report that would be accepted, with any fields replaced ({@code name, value, name, value...}). */
    private java.util.Map<String, Object> valid(String what, Object... replaced) {
        LocalDate yesterday = today.date().minusDays(1);
        java.util.Map<String, Object> fields = new java.util.LinkedHashMap<>();
        fields.put("whatHappened", what);
        fields.put("category", "ANTI_SOCIAL_BEHAVIOUR");
        fields.put("occurredOn-day", yesterday.getDayOfMonth());
        fields.put("occurredOn-month", yesterday.getMonthValue());
        fields.put("occurredOn-year", yesterday.getYear());
        fields.put("where", "AREA");
        fields.put("areaId", thornbury.area("Southbank Park").toString());
        fields.put("victim", "UNSURE");
        fields.put("action", "send");
        for (int i = 0; i < replaced.length; i += 2) {
            fields.put((String) replaced[i], replaced[i + 1]);
        }
        return fields;
    }

    @Inject
    jakarta.persistence.EntityManager em;

    /** The newest report whose text holds the marker (any report for an empty marker). */
    private UUID reportId(String marker) {
        return (UUID) em.createNativeQuery("select id from intel_report where what_happened like ?1 order by received_at desc limit 1")
                .setParameter(1, "%" + marker + "%").getSingleResult();
    }

    private static String match(Pattern pattern, String body) {
        Matcher m = pattern.matcher(body);
        assertThat(m.find()).as("found " + pattern).isTrue();
        return m.group(1);
    }

    private static String summary(Response response) {
        String body = response.asString();
        return body.substring(body.indexOf("govuk-error-summary__list"), body.indexOf("</ul>", body.indexOf("govuk-error-summary__list")));
    }
}
