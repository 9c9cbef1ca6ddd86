package org.placeworks.estate.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.placeworks.estate.EstateCategory;
import org.placeworks.estate.EstateFixtures;
import org.placeworks.estate.EstateIssueView;
import org.placeworks.estate.EstateIssues;
import org.placeworks.estate.IssueStatus;
import org.placeworks.estate.PublicIssueQuery;
import org.placeworks.geography.AddressView;
import org.placeworks.organisation.Thornbury;
import org.placeworks.testsupport.RenderedForm;

/**
 * The estate officer's pages, read and posted as a browser would: reporting an issue with a photo, status
 * changes with the reporter emailed, the worklist with its bulk update (all or nothing when one is stale),
 * and another service's issue that does not exist for them.
 */
@QuarkusTest
@TestSecurity(user = "estate", roles = "estate-officer")
class EstateIssuePagesTest {

    @Inject
    EstateFixtures fixtures;

    @Inject
    EstateIssues issues;

    @Inject
    Thornbury thornbury;

    @Inject
    MockMailbox mailbox;

    @Test
    void anOfficerReportsAnIssueAtAnAddressWithAPhoto() {
        AddressView home = thornbury.address(Thornbury.RIVERSIDE_UPRN);
        String page = "/estate/issues/new?q=" + home.postcode().replace(" ", "");
        RenderedForm form = RenderedForm.open(page, "/estate/issues/new");
        assertThat(form.options("addressId")).contains(home.id().toString());
        Response answer = form.set("category", EstateCategory.COMMUNAL_REPAIRS.name()).set("addressId", home.id().toString())
                .set("description", "Zephyrine tag sprayed on the bin store").set("reporterEmail", "zephyrine@example.com")
                .attach("photo", "tag.png", EstateFixtures.PNG, "image/png").submit();
        assertThat(answer.statusCode()).isEqualTo(303);
        String location = answer.header("Location");
        assertThat(location).contains("/estate/issues/");
        String shown = given().get(location.replaceFirst("^https?://[^/]+", "")).then().statusCode(200).extract().asString();
        assertThat(shown).contains("Zephyrine tag sprayed").contains("zephyrine@example.com").contains("Housing Estate Team");
        Document issue = Jsoup.parse(shown);
        String photo = issue.select("img").attr("src");
        assertThat(given().get(photo).then().statusCode(200).extract().contentType()).isEqualTo("image/png");
    }

    @Test
    void aPhotoThatIsNotAnImageIsRefusedAndNothingIsSaved() {
        AddressView home = thornbury.address(Thornbury.RIVERSIDE_UPRN);
        RenderedForm form = RenderedForm.open("/estate/issues/new?q=" + home.postcode().replace(" ", ""), "/estate/issues/new");
        Response answer = form.set("category", EstateCategory.LITTER.name()).set("addressId", home.id().toString())
                .set("description", "Quintessa crisp packets").attach("photo", "photo.png",
                        "not an image at all".getBytes(StandardCharsets.UTF_8), "image/png").submit();
        assertThat(answer.statusCode()).isEqualTo(422);
        Document page = Jsoup.parse(answer.asString());
        assertThat(page.select(".govuk-error-summary a[href=#photo]").text()).contains("JPEG, PNG, WebP or HEIC");
        assertThat(issues.publicIssues(new PublicIssueQuery(null, EstateCategory.LITTER, null, null, null, 500)))
                .noneMatch(i -> i.publicDescription().contains("Quintessa"));
    }

    @Test
    void statusChangesAreGuardedAndTheReporterIsEmailed() {
        mailbox.clear();
        EstateIssueView issue = fixtures.report(EstateCategory.COMMUNAL_REPAIRS, "Marisol's landing light fitting hanging down",
                "marisol.reporter@example.com");
        String page = "/estate/issues/" + issue.id();
        String action = page + "/status";
        assertThat(RenderedForm.open(page, action).set("transition", "START").submit().statusCode()).isEqualTo(303);

        Response refused = RenderedForm.open(page, action).set("transition", "CLOSE").submit();
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(refused.asString()).select(".govuk-error-summary").text()).contains("Select why the issue is being closed");

        assertThat(RenderedForm.open(page, action).set("transition", "FIX").set("note", "Fitting secured by the caretaker")
                .set("publicNote", "The light fitting has been made safe.").submit().statusCode()).isEqualTo(303);
        Response reopen = RenderedForm.open(page, action).set("transition", "REOPEN").submit();
        assertThat(reopen.statusCode()).isEqualTo(422);

        List<Mail> mails = mailbox.getMailsSentTo("marisol.reporter@example.com");
        assertThat(mails).hasSize(2);
        Mail fixed = mails.get(1);
        assertThat(fixed.getSubject()).contains(issue.reference()).contains("fixed");
        assertThat(fixed.getText()).contains(issue.reference()).contains("The light fitting has been made safe.")
                .doesNotContain("caretaker").doesNotContain("Erin").doesNotContain(thornbury.address(Thornbury.RIVERSIDE_UPRN).line1());
        assertThat(Jsoup.parse(given().get(page).then().statusCode(200).extract().asString()).select("#history").text())
                .contains("In progress to fixed").contains("Fitting secured by the caretaker");
    }

    @Test
    void aBulkUpdateWithOneStaleIssueChangesNone() {
        EstateIssueView first = fixtures.report(EstateCategory.OTHER, "Ottoline's first bulk issue", null);
        EstateIssueView second = fixtures.report(EstateCategory.OTHER, "Ottoline's second bulk issue", null);
        String list = "/estate/issues?category=OTHER";
        RenderedForm bulk = RenderedForm.open(list, "/estate/issues/bulk");
        bulk.tick("issues", first.id().toString()).tick("issues", second.id().toString()).set("transition", "START")
                .set("note", "Ottoline walkabout");
        // Someone else starts the second issue meanwhile.
        String page = "/estate/issues/" + second.id();
        assertThat(RenderedForm.open(page, page + "/status").set("transition", "FIX").submit().statusCode()).isEqualTo(303);

        Response refused = bulk.submit();
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(Jsoup.parse(refused.asString()).select(".govuk-error-summary").text()).contains(second.reference())
                .contains("Nothing was updated");
        assertThat(issues.publicIssue(first.id()).orElseThrow().status()).isEqualTo(IssueStatus.REPORTED);

        RenderedForm again = RenderedForm.open(list, "/estate/issues/bulk");
        again.tick("issues", first.id().toString()).set("transition", "START");
        assertThat(again.submit().statusCode()).isEqualTo(303);
        assertThat(issues.publicIssue(first.id()).orElseThrow().status()).isEqualTo(IssueStatus.IN_PROGRESS);
    }

    @Test
    void theWorklistPutsOverdueIssuesFirstWithARedTag() {
        Document page = Jsoup.parse(given().get("/estate/issues").then().statusCode(200).extract().asString());
        assertThat(page.select("#issues tbody tr").first().select(".govuk-tag--red").text()).isEqualTo("Overdue");
        // The estate officer sees only the Housing Estate Team's issues.
        assertThat(page.select("#issues tbody tr td:last-child").eachText()).containsOnly("Housing Estate Team");
    }

    @Test
    void anotherServicesIssueDoesNotExistForTheOfficer() {
        // Litter is Street Scene Thornbury's in the demo.
        EstateIssueView theirs = fixtures.report(EstateCategory.LITTER, "Perpetua's litter by the shops", null);
        assertThat(theirs.owningServiceName()).isEqualTo("Street Scene Thornbury");
        given().get("/estate/issues/" + theirs.id()).then().statusCode(404);
        given().redirects().follow(false).get("/api/v1/estate/issues/" + theirs.id()).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void anAdministratorSetsACategorysTarget() {
        RenderedForm form = RenderedForm.open("/admin/estate-categories/abandoned-vehicle");
        String days = form.value("targetWorkingDays");
        assertThat(form.set("targetWorkingDays", "61").submit().statusCode()).isEqualTo(422);
        assertThat(RenderedForm.open("/admin/estate-categories/abandoned-vehicle").set("targetWorkingDays", "12").submit()
                .statusCode()).isEqualTo(303);
        assertThat(issues.categories()).filteredOn(c -> c.category() == EstateCategory.ABANDONED_VEHICLE)
                .extracting(c -> c.targetWorkingDays()).containsExactly(12);
        RenderedForm.open("/admin/estate-categories/abandoned-vehicle").set("targetWorkingDays", days).submit();
        given().get("/estate/issues").then().statusCode(403);
    }
}
