package org.placeworks.caf.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.placeworks.panel.PanelFixtures;
import org.placeworks.panel.PanelView;

/** The case page: where the case is, what is due, its sections, timeline and, for those allowed, its history. */
@QuarkusTest
class CaseShowPageTest {

    @Inject
    CasePages pages;

    @Inject
    PanelFixtures panel;

    @Test
    @TestSecurity(user = "frontline", roles = "frontline")
    void theCasePageShowsTheFamilyWhatIsDueTheTaskListAndTheHistory() {
        CasePages.Family family = pages.family(CasePages.NORTHGATE);
        UUID caseId = CasePages.refer(family, "x@school.example");
        given().get("/cases/" + caseId).then().statusCode(200)
                .body(containsString("EH-"))
                .body(containsString("id=\"case-status\">Awaiting consent"))
                .body(containsString("href=\"/families/" + family.id() + "\""))
                .body(containsString("Ruby " + family.name()))
                .body(containsString("Family Support Thornbury"))
                .body(containsString("govuk-task-list"))
                .body(containsString("Cannot start yet"))
                .body(containsString("href=\"/cases/" + caseId + "/consent\""))
                .body(not(containsString("href=\"/cases/" + caseId + "/assessment\"")))
                .body(containsString("id=\"history\""))
                .body(containsString("Viewed case"));
    }

    /**
     * A page whose text is all Latin-1 is held by the JVM one byte a character; one character beyond it (an en dash in
     * the layout's title did this) makes every page twice the size while it is drawn, each piece widened as it is
     * appended. Templates write such characters as entities ({@code &ndash;}). docs/performance-log.md, "The page kept
     * as Latin-1 text".
     */
    @Test
    @TestSecurity(user = "frontline", roles = "frontline")
    void theCasePageIsLatin1Text() {
        UUID caseId = pages.activePlan(pages.family(CasePages.NORTHGATE));
        String page = given().get("/cases/" + caseId).then().statusCode(200).extract().asString();
        assertThat(page.chars().filter(c -> c > 0xFF).mapToObj(Character::toString).distinct().toList())
                .as("characters beyond Latin-1 on the case page").isEmpty();
    }

    @Test
    @TestSecurity(user = "frontline2", roles = "frontline")
    void aTeamMemberSeesTheCaseButNotItsHistoryNorTheFormsOfTheOwningService() {
        UUID caseId = pages.as("frontline", () -> {
            UUID id = pages.activePlan(pages.family(CasePages.NORTHGATE));
            CasePages.addToTeam(id, pages.staffId("frontline2"));
            return id;
        });
        given().get("/cases/" + caseId).then().statusCode(200)
                .body(containsString("You can see this case because you are on its Team Around the Family"))
                .body(not(containsString("id=\"history\"")))
                .body(not(containsString("/actions/new")))
                .body(not(containsString("/close\"")));
    }

    @Test
    @TestSecurity(user = "manager", roles = "manager")
    void aManagerSeesTheHistory() {
        UUID caseId = pages.as("frontline", () -> CasePages.refer(pages.family(CasePages.SOUTHBANK), "x@school.example"));
        given().get("/cases/" + caseId).then().statusCode(200).body(containsString("id=\"history\""))
                .body(containsString("Request for support received"));
    }

    @Test
    @TestSecurity(user = "frontline2", roles = "frontline")
    void aCaseOutsideTheBoundaryIsNotFound() {
        UUID caseId = pages.as("frontline", () -> CasePages.refer(pages.family(CasePages.NORTHGATE), "x@school.example"));
        given().get("/cases/" + caseId).then().statusCode(404);
        given().get("/cases/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "estate", roles = "estate-officer")
    void anEstateOfficerIsRefused() {
        UUID caseId = pages.as("frontline", () -> CasePages.refer(pages.family(CasePages.SOUTHBANK), "x@school.example"));
        given().get("/cases/" + caseId).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "frontline", roles = "frontline")
    void theCasesOwnWorkerSeesThePanelAndGrantSectionsTheyContribute() {
        UUID caseId = pages.activePlan(pages.family(CasePages.NORTHGATE));
        PanelView p = panel.panel();
        panel.listItem(panel.meeting(p, panel.today()), caseId, "Listed family");
        Document page = casePage(caseId);
        assertThat(page.select("h2#panel").text()).isEqualTo("Multi-agency panel");
        assertThat(page.select("h2#panel + dl").text()).contains(p.name() + ": New request for support. Not decided yet.");
        assertThat(page.select("a[href=/panel/bring?caseId=" + caseId + "]").text())
                .isEqualTo("Take the case to the multi-agency panel");
        assertThat(page.select("h2#grants").text()).isEqualTo("Small grants");
        assertThat(page.select("a[href=/grants/requests/new?caseId=" + caseId + "]").text())
                .isEqualTo("Ask for a small grant for a need in the plan");
        assertThat(page.select("a[href=/grants/requests?caseId=" + caseId + "]")).hasSize(1);
        // The panel's section comes before the grants'.
        assertThat(page.select("h2[id]").eachAttr("id")).containsSubsequence("panel", "grants");
    }

    @Test
    @TestSecurity(user = "frontline2", roles = "frontline")
    void aTeamMemberFromAnotherServiceSeesTheGrantsButNotThePanelSection() {
        UUID caseId = teamCaseOfFrontline2();
        Document page = casePage(caseId);
        assertThat(page.select("h2#panel")).isEmpty();
        assertThat(page.select("a[href^=/panel/bring]")).isEmpty();
        assertThat(page.select("h2#grants")).hasSize(1);
        assertThat(page.select("a[href^=/grants/requests/new]")).isEmpty();
    }

    @Test
    @TestSecurity(user = "frontline2", roles = "panel-member")
    void aPanelMemberSeesThePanelSectionButNotTheGrants() {
        UUID caseId = teamCaseOfFrontline2();
        Document page = casePage(caseId);
        assertThat(page.select("h2#panel")).hasSize(1);
        assertThat(page.select("a[href^=/panel/bring]")).isEmpty();
        assertThat(page.select("h2#grants")).isEmpty();
        assertThat(page.select("a[href^=/grants]")).isEmpty();
    }

    private UUID teamCaseOfFrontline2() {
        return pages.as("frontline", () -> {
            UUID id = pages.activePlan(pages.family(CasePages.NORTHGATE));
            CasePages.addToTeam(id, pages.staffId("frontline2"));
            return id;
        });
    }

    private static Document casePage(UUID caseId) {
        return Jsoup.parse(given().get("/cases/" + caseId).then().statusCode(200).extract().asString());
    }
}
