package org.placeworks.intelligence.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.placeworks.identity.ActingAs;
import org.placeworks.identity.Roles;
import org.placeworks.intelligence.CaseReviewApplicant;
import org.placeworks.intelligence.CaseReviews;
import org.placeworks.intelligence.NewCaseReview;
import org.placeworks.intelligence.NewReport;
import org.placeworks.intelligence.ReportCategory;
import org.placeworks.intelligence.ReportLocation;
import org.placeworks.intelligence.Reports;
import org.placeworks.intelligence.ThornburyPlaces;
import org.placeworks.intelligence.Victim;
import org.placeworks.shared.Today;

/**
 * The case reviews API as the pages: an officer lists and reads an application; a manager sees the list's
 * clocks and area only and is refused the record; an officer whose ground does not hold it is told nothing.
 */
@QuarkusTest
class CaseReviewsApiTest {

    private static final Set<String> OFFICER = Set.of(Roles.INTELLIGENCE_OFFICER);

    @Inject
    Reports reports;

    @Inject
    CaseReviews reviews;

    @Inject
    ThornburyPlaces thornbury;

    @Inject
    ActingAs actingAs;

    @Inject
    Today today;

    /** An application about the house, recorded by an officer after three qualifying reports; its id. */
    private UUID application(String postcode, int number, String marker) {
        UUID house = thornbury.house(postcode, number);
        List<UUID> made = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            made.add(reports.submitPublic(new NewReport(ReportCategory.ANTI_SOCIAL_BEHAVIOUR, "Eggs thrown at the door again (" + marker + ")",
                    today.date().minusDays(1), null, ReportLocation.address(house, null), Victim.NO, null)).reportId());
        }
        return actingAs.call("intel", OFFICER, () -> reviews.record(new NewCaseReview("address:" + house, today.date(),
                CaseReviewApplicant.VICTIM, null, made.get(0))));
    }

    @Test
    @TestSecurity(user = "intel", roles = Roles.INTELLIGENCE_OFFICER)
    void anOfficerListsAndReadsAnApplication() {
        UUID id = application("TB2 4AH", 7, "CRA-officer");
        given().get("/api/v1/intelligence/case-reviews").then().statusCode(200).body("id", hasItem(id.toString()));
        given().get("/api/v1/intelligence/case-reviews/" + id).then().statusCode(200).body("status", equalTo("RECEIVED"))
                .body("complaintsCounted", equalTo(3)).body("reports.size()", equalTo(3))
                .body("receivedOn", equalTo(today.date().toString()));
    }

    @Test
    @TestSecurity(user = "manager", roles = Roles.MANAGER)
    void aManagerSeesTheClocksAndTheAreaButNotTheRecord() {
        UUID id = application("TB2 4CH", 4, "CRA-manager");
        String reference = actingAs.call("intel", OFFICER, () -> reviews.find(id).reference());
        String list = given().get("/api/v1/intelligence/case-reviews").then().statusCode(200).extract().asString();
        Map<String, Object> row = JsonPath.from(list).<Map<String, Object>>getList("").stream()
                .filter(r -> reference.equals(r.get("reference"))).findFirst().orElseThrow();
        assertThat((String) row.get("place")).contains("Westfield").doesNotContain("4 ");
        assertThat(row.get("mayOpen")).isEqualTo(false);
        assertThat((List<?>) row.get("clocks")).isNotEmpty();
        assertThat(list).doesNotContain("CRA-manager").doesNotContain("Eggs thrown");
        given().get("/api/v1/intelligence/case-reviews/" + id).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = ThornburyPlaces.NORTH_OFFICER, roles = Roles.INTELLIGENCE_OFFICER)
    void anOfficerWhoseGroundDoesNotHoldThePlaceIsNotToldTheApplicationExists() {
        thornbury.northOfficer();
        UUID id = application("TB2 4AH", 8, "CRA-north");
        given().get("/api/v1/intelligence/case-reviews/" + id).then().statusCode(404);
        given().get("/api/v1/intelligence/case-reviews").then().statusCode(200).body("id", not(hasItem(id.toString())));
    }

    @Test
    @TestSecurity(user = "estate", roles = Roles.ESTATE_OFFICER)
    void staffWithoutTheRoleAreRefused() {
        given().get("/api/v1/intelligence/case-reviews").then().statusCode(403);
    }
}
