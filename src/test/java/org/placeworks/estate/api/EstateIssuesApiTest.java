package org.placeworks.estate.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.placeworks.estate.EstateCategory;
import org.placeworks.estate.EstateFixtures;
import org.placeworks.estate.EstateIssueView;
import org.placeworks.organisation.Thornbury;

/** The estate issues API: report, read, change status, each refusal with its status and the field named. */
@QuarkusTest
@TestSecurity(user = "estate", roles = "estate-officer")
class EstateIssuesApiTest {

    @Inject
    Thornbury thornbury;

    @Inject
    EstateFixtures fixtures;

    @Test
    void reportReadAndChangeAnIssue() {
        String address = thornbury.address(Thornbury.RIVERSIDE_UPRN).id().toString();
        String id = given().contentType(ContentType.JSON).body(Map.of("category", "COMMUNAL_REPAIRS", "addressId", address,
                "description", "Wilhelmina's broken bin store door")).post("/api/v1/estate/issues")
                .then().statusCode(201).body("reference", startsWith("EST-")).body("owningServiceName", equalTo("Housing Estate Team"))
                .extract().path("id");
        int version = given().get("/api/v1/estate/issues/" + id).then().statusCode(200)
                .body("issue.status", equalTo("REPORTED")).extract().path("issue.version");
        given().contentType(ContentType.JSON).body(Map.of("transition", "START", "version", version))
                .post("/api/v1/estate/issues/" + id + "/transitions").then().statusCode(200).body("status", equalTo("IN_PROGRESS"));
        // The same version again: changed since.
        given().contentType(ContentType.JSON).body(Map.of("transition", "FIX", "version", version))
                .post("/api/v1/estate/issues/" + id + "/transitions").then().statusCode(409);
        given().contentType(ContentType.JSON).body(Map.of("transition", "START", "version", version + 1))
                .post("/api/v1/estate/issues/" + id + "/transitions").then().statusCode(409);
        given().get("/api/v1/estate/issues?category=COMMUNAL_REPAIRS").then().statusCode(200);
    }

    @Test
    void badInputIsRefusedNamingTheField() {
        String address = thornbury.address(Thornbury.RIVERSIDE_UPRN).id().toString();
        given().contentType(ContentType.JSON).body(Map.of("category", "COMMUNAL_REPAIRS", "addressId", address,
                "description", "x".repeat(5001))).post("/api/v1/estate/issues").then().statusCode(422)
                .body("errors", hasKey("description"));
        given().contentType(ContentType.JSON).body(Map.of("category", "NONSENSE", "addressId", address, "description", "Wilhelmina"))
                .post("/api/v1/estate/issues").then().statusCode(422).body("errors", hasKey("category"));
        given().contentType(ContentType.JSON).body(Map.of("category", "LITTER", "addressId",
                thornbury.address(100090000181L).id().toString(), "description", "Wilhelmina off the estate"))
                .post("/api/v1/estate/issues").then().statusCode(422).body("errors", hasKey("addressId"));
    }

    @Test
    void anEstateOfficerOfAnotherServiceGets404OnAChange() {
        EstateIssueView theirs = fixtures.report(EstateCategory.FLY_TIPPING, "Wilhelmina's fly-tipping by the shops", null);
        given().contentType(ContentType.JSON).body(Map.of("transition", "START", "version", theirs.version()))
                .post("/api/v1/estate/issues/" + theirs.id() + "/transitions").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "manager", roles = "manager")
    void aManagerWhoOnlyReadsAnIssueGets403OnAChange() {
        EstateIssueView estateTeams = fixtures.report(EstateCategory.COMMUNAL_REPAIRS, "Wilhelmina's loose railing", null);
        given().get("/api/v1/estate/issues/" + estateTeams.id()).then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("transition", "START", "version", estateTeams.version()))
                .post("/api/v1/estate/issues/" + estateTeams.id() + "/transitions").then().statusCode(403);
    }
}
