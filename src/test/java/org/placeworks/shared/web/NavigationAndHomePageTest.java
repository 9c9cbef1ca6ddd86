package org.placeworks.shared.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.placeworks.testsupport.Statements;

/**
 * The header navigation and the home page's tasks come from the features' contributions: for each
 * demo user, the navigation and the home page offer the same places, in the same order, and each
 * user finds the places their roles need.
 */
@QuarkusTest
class NavigationAndHomePageTest {

    /** The demo realm's users and their roles, as the tests below sign in. */
    static final Map<String, Set<String>> DEMO_USERS = Map.of(
            "frontline", Set.of("frontline", "lead-professional"),
            "frontline2", Set.of("frontline", "lead-professional"),
            "chair", Set.of("panel-chair", "panel-member", "lead-professional"),
            "member", Set.of("panel-member"),
            "manager", Set.of("manager"),
            "estate", Set.of("estate-officer"),
            "intel", Set.of("intelligence-officer"),
            "admin", Set.of("admin"),
            "finance", Set.of("finance"),
            "dpo", Set.of("dpo"));

    @Test
    void theTestsSignInAsTheDemoRealmsUsersDo() throws IOException {
        JsonNode realm = new ObjectMapper().readTree(Path.of("deploy/keycloak/placeworks-realm.json").toFile());
        Map<String, Set<String>> users = new TreeMap<>();
        for (JsonNode user : realm.get("users")) {
            if (user.has("realmRoles")) {
                Set<String> roles = new TreeSet<>();
                user.get("realmRoles").forEach(r -> roles.add(r.asText()));
                users.put(user.get("username").asText(), roles);
            }
        }
        assertThat(users).isEqualTo(new TreeMap<>(DEMO_USERS));
    }

    @Test
    @TestSecurity(user = "frontline", roles = {"frontline", "lead-professional"})
    void aFrontlineWorkerIsOfferedCasesFamiliesAndCoverage() {
        navigationAndHomeAgree("/cases", "/cases/transfers", "/families", "/break-glass", "/sustainment-checks", "/intelligence/passed-on", "/coverage");
    }

    @Test
    @TestSecurity(user = "frontline2", roles = {"frontline", "lead-professional"})
    void anotherFrontlineWorkerIsOfferedTheSame() {
        navigationAndHomeAgree("/cases", "/cases/transfers", "/families", "/break-glass", "/sustainment-checks", "/intelligence/passed-on", "/coverage");
    }

    @Test
    @TestSecurity(user = "chair", roles = {"panel-chair", "panel-member", "lead-professional"})
    void aPanelChairIsAlsoOfferedThePanelAndGrants() {
        navigationAndHomeAgree("/cases", "/cases/transfers", "/families", "/break-glass", "/sustainment-checks", "/panel", "/grants", "/intelligence/passed-on",
                "/coverage");
    }

    @Test
    @TestSecurity(user = "manager", roles = "manager")
    void aManagerIsOfferedThePanelAndGrants() {
        navigationAndHomeAgree("/cases", "/cases/transfers", "/families", "/break-glass", "/panel", "/grants", "/estate/issues",
                "/estate/engagement", "/estate/my-actions", "/intelligence/passed-on", "/intelligence/community-trigger",
                "/intelligence/case-reviews", "/insight", "/coverage", "/break-glass-reviews");
    }

    @Test
    @TestSecurity(user = "estate", roles = "estate-officer")
    void anEstateOfficerIsOfferedEstateIssuesEngagementTheirActionsPassedOnReportsAndCoverage() {
        navigationAndHomeAgree("/estate/issues", "/estate/engagement", "/estate/my-actions", "/intelligence/passed-on", "/coverage");
    }

    @Test
    @TestSecurity(user = "intel", roles = "intelligence-officer")
    void anIntelligenceOfficerIsOfferedReportsTheCommunityTriggerCaseReviewsAndCoverage() {
        navigationAndHomeAgree("/intelligence/reports", "/intelligence/community-trigger", "/intelligence/case-reviews", "/coverage");
    }

    @Test
    @TestSecurity(user = "finance", roles = "finance")
    void aFinanceOfficerIsOfferedGrantsAndCoverage() {
        navigationAndHomeAgree("/grants", "/coverage");
    }

    @Test
    @TestSecurity(user = "dpo", roles = "dpo")
    void theDataProtectionOfficerIsOfferedBreakGlassReviewsTheAuditTrailSubjectAccessAndRetention() {
        navigationAndHomeAgree("/coverage", "/break-glass-reviews", "/admin/audit", "/subject-access", "/retention");
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void anAdministratorIsOfferedTheAdministrationPages() {
        navigationAndHomeAgree("/insight", "/coverage", "/admin/areas", "/admin/addresses", "/admin/services", "/admin/estate-categories", "/admin/staff",
                "/admin/open311-keys", "/admin/audit");
    }

    @Test
    @TestSecurity(user = "chair", roles = {"panel-chair", "panel-member", "lead-professional"})
    void theNavigationMarksTheDestinationOfTheCurrentPage() {
        Document page = Jsoup.parse(given().get("/grants").then().statusCode(200).extract().asString());
        assertThat(page.select("#navigation a[aria-current=page]").eachAttr("href")).containsExactly("/grants");
    }

    /**
     * The home page is one reading: the signed-in person's record and services come from the request's ground, read
     * before the page (what {@code /api/v1/me}, which reads nothing more, takes), in one transaction.
     */
    @Test
    @TestSecurity(user = "frontline", roles = {"frontline", "lead-professional"})
    void theHomePageIsOneReading() {
        long ground = Statements.connectionsOfGet("/api/v1/me");

        assertThat(Statements.connectionsOfGet("/")).as("connections taken beside the ground's").isEqualTo(ground + 1);
    }

    private static void navigationAndHomeAgree(String... expected) {
        Document home = Jsoup.parse(given().get("/").then().statusCode(200).extract().asString());
        List<String> nav = home.select("#navigation a.govuk-header__link").eachAttr("href").stream()
                .filter(href -> !href.equals("/") && !href.equals("/sign-out")).toList();
        List<String> tasks = home.select("#tasks > li > a").eachAttr("href");
        assertThat(nav).as("navigation").containsExactly(expected);
        assertThat(tasks).as("home-page tasks").containsExactly(expected);
        for (Element task : home.select("#tasks > li")) {
            assertThat(task.select("p").text()).as("description of " + task.select("a").text()).isNotBlank();
        }
    }
}
