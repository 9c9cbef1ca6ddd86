package org.placeworks.subjectaccess;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.placeworks.identity.Roles;
import org.placeworks.shared.Today;
import org.placeworks.testsupport.RenderedForm;

/** The officer's journey on the pages, through the forms as rendered: find the person, log, compile, review, release, download. */
@QuarkusTest
class SubjectAccessPagesTest {

    @Inject
    Today today;

    @Inject
    AgroalDataSource db;

    @Test
    @TestSecurity(user = "dpo", roles = Roles.DPO)
    void theOfficerLogsCompilesReviewsAndReleasesARequest() {
        given().get("/subject-access").then().statusCode(200).body(containsString("Aisha Begum"))
                .body(containsString("Compiled, awaiting review"));
        LocalDate born = DemoAisha.bornOn(db);
        RenderedForm search = RenderedForm.open("/subject-access/new", "/subject-access/new").set("name", "Aisha Begum")
                .date("dateOfBirth", born.getDayOfMonth(), born.getMonthValue(), born.getYear());
        search.submit().then().statusCode(200).body(containsString("Begum family"));
        String found = "/subject-access/new?name=Aisha+Begum&dateOfBirth-day=" + born.getDayOfMonth() + "&dateOfBirth-month="
                + born.getMonthValue() + "&dateOfBirth-year=" + born.getYear();

        // Nothing chosen: refused with the fields named, nothing saved.
        RenderedForm.open(found, "/subject-access").submit().then().statusCode(422).body(containsString("govuk-error-summary"))
                .body(containsString("Choose the person the request is about"))
                .body(containsString("Enter the name of the person who made the request"));

        RenderedForm request = RenderedForm.open(found, "/subject-access");
        LocalDate received = today.date().minusDays(3);
        Response logged = request.set("personId", request.options("personId").get(0)).set("requesterName", "Mr T. Begum")
                .set("requesterKind", RequesterKind.PARENT.name()).set("receivedHow", ReceivedHow.LETTER.name())
                .date("receivedOn", received.getDayOfMonth(), received.getMonthValue(), received.getYear())
                .set("identityVerified", "yes").set("identityHow", "Driving licence seen").submit();
        logged.then().statusCode(303);
        String page = logged.header("Location").replaceFirst("^https?://[^/]+", "");

        given().get(page).then().statusCode(200).body(containsString("Mr T. Begum"))
                .body(containsString(org.placeworks.shared.web.Dates.date(DueDates.dueOn(received))));
        given().get(page + "/export.pdf").then().statusCode(409);

        RenderedForm.open(page, page + "/compile").submit().then().statusCode(303);
        String compiled = given().get(page).then().statusCode(200).extract().asString();
        assertThat(compiled).contains("Compiled, awaiting review", "[third party]", "Early help cases", "Who has looked at your records");

        // A decision without its reason is refused on the page, with the reason named.
        RenderedForm.open(page, page + "/review").set("decision", ItemDecision.WITHHOLD.name()).submit().then().statusCode(422)
                .body(containsString("Name the exemption that applies and why"));
        RenderedForm.open(page, page + "/review").set("decision", ItemDecision.WITHHOLD.name())
                .set("reason", "Schedule 2 para 16: about another person").submit().then().statusCode(303);
        given().get(page).then().statusCode(200).body(containsString("Withhold under an exemption"))
                .body(containsString("Schedule 2 para 16: about another person"));

        RenderedForm.open(page, page + "/release").submit().then().statusCode(303);
        given().get(page).then().statusCode(200).body(containsString("Released")).body(not(containsString("Save the decision")));
        Response pdf = given().get(page + "/export.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        assertThat(org.placeworks.testsupport.PdfUaStructure.problems(pdf.asByteArray())).isEmpty();
        String id = page.substring(page.lastIndexOf('/') + 1);
        given().get("/api/v1/subject-access/" + id + "/export").then().statusCode(200)
                .body(containsString("\"subjectName\":\"Aisha Begum\"")).body(not(containsString("original")));
        given().get(page).then().statusCode(200).body(containsString("Downloaded the released export as PDF"))
                .body(containsString("Downloaded the released export as JSON"));
    }

    @Test
    @TestSecurity(user = "admin", roles = Roles.ADMIN)
    void administratorsDoNotSeeSubjectAccessRequests() {
        given().get("/subject-access").then().statusCode(403);
        given().get("/subject-access/new?name=Aisha+Begum").then().statusCode(403);
    }
}
