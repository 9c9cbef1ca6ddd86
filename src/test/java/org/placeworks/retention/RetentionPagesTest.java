package org.placeworks.retention;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.placeworks.identity.Roles;
import org.placeworks.testsupport.RenderedForm;

/**
 * The officer's pages, through the forms as rendered: the demo's Hartley family is on the list by reference and dates
 * only; a disposal without a reason or a confirmation is refused with a GOV.UK error summary and nothing removed; with
 * both, the record goes and its certificate is listed. Other roles are refused the pages.
 */
@QuarkusTest
class RetentionPagesTest {

    @Test
    @TestSecurity(user = "dpo", roles = Roles.DPO)
    void theOfficerDisposesOfARecordPastItsRuleAndSeesItsCertificate() {
        RenderedForm.open("/retention", "/retention/review").submit().then().statusCode(303);
        String list = given().get("/retention").then().statusCode(200).extract().asString();
        assertThat(list).contains("Records due for disposal", "Family with no early help case", "youngest child in the family is 25",
                "Audit entries are kept 7 years").doesNotContain("Hartley", "Owen");
        String disposal = list.replaceAll("(?s).*href=\"(/retention/early-help/[0-9a-f-]{36})\".*", "$1");
        assertThat(disposal).startsWith("/retention/early-help/");

        given().get(disposal).then().statusCode(200).body(containsString("Reason for disposal")).body(not(containsString("Hartley")));
        RenderedForm.open(disposal, disposal).submit().then().statusCode(422).body(containsString("govuk-error-summary"))
                .body(containsString("Enter the reason for disposing of this record"))
                .body(containsString("Confirm that this record and every copy of it will be removed"));
        given().get(disposal).then().statusCode(200);

        Response done = RenderedForm.open(disposal, disposal).set("reason", "Past its rule; no open case and no legal hold")
                .set("confirm", "yes").submit();
        done.then().statusCode(303);
        assertThat(done.header("Location")).endsWith("/retention/certificates");
        given().get("/retention/certificates").then().statusCode(200).body(containsString("DC-"))
                .body(containsString("Past its rule; no open case and no legal hold")).body(containsString("dpo"));
        given().get(disposal).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "frontline", roles = {Roles.FRONTLINE, Roles.LEAD_PROFESSIONAL})
    void othersAreRefusedThePages() {
        given().get("/retention").then().statusCode(403);
        given().get("/retention/certificates").then().statusCode(403);
    }
}
