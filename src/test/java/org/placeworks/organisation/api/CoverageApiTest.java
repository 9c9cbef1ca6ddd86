package org.placeworks.organisation.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.placeworks.organisation.Thornbury;

/** Who covers an address, through the API: scoped to the caller's boundary, 404 (never 403) outside it. */
@QuarkusTest
class CoverageApiTest {

    @Inject
    Thornbury thornbury;

    @Test
    @TestSecurity(user = "frontline2", roles = "frontline")
    void anAddressInAnotherServicesBoundaryIsNotFoundForFrontline2() {
        UUID marketPlace = thornbury.address(Thornbury.MARKET_PLACE_UPRN).id();
        given().get("/api/v1/coverage/" + marketPlace).then().statusCode(404)
                .body("status", equalTo(404));
    }

    @Test
    @TestSecurity(user = "frontline", roles = "frontline")
    void theSameAddressIsVisibleToFrontlineWhoseServiceCoversTheTown() {
        UUID marketPlace = thornbury.address(Thornbury.MARKET_PLACE_UPRN).id();
        given().get("/api/v1/coverage/" + marketPlace).then().statusCode(200)
                .body("address.uprn", equalTo(Thornbury.MARKET_PLACE_UPRN))
                .body("neighbourhoodName", equalTo("Market Place"))
                .body("wardName", equalTo("Northgate"))
                .body("deprivationDecile", equalTo(5))
                .body("strands.find { it.strand == 'EARLY_INTERVENTION' }.services.name", hasItem("Family Support Thornbury"))
                .body("strands.find { it.strand == 'EARLY_INTERVENTION' }.services.name", not(hasItem("School Nursing Southbank")))
                .body("strands.find { it.strand == 'COMMUNITY_INTELLIGENCE' }.services.name", hasItem("Neighbourhood Policing Thornbury North"))
                .body("strands.find { it.strand == 'ESTATE_SERVICES' }.services.name", equalTo(java.util.List.of("Street Scene Thornbury")));
    }

    @Test
    @TestSecurity(user = "frontline2", roles = "frontline")
    void insideTheirBoundaryFrontline2SeesEveryStrandsServices() {
        UUID riverside = thornbury.address(Thornbury.RIVERSIDE_UPRN).id();
        given().get("/api/v1/coverage/" + riverside).then().statusCode(200)
                .body("neighbourhoodName", equalTo("Riverside"))
                .body("estateName", equalTo("Millbrook Estate"))
                .body("deprivationDecile", equalTo(3))
                .body("strands.find { it.strand == 'EARLY_INTERVENTION' }.services.name", hasItem("School Nursing Southbank"))
                .body("strands.find { it.strand == 'ESTATE_SERVICES' }.services.name", hasItem("Housing Estate Team"));
    }

    @Test
    @TestSecurity(user = "frontline2", roles = "frontline")
    void searchFindsOnlyAddressesInsideTheCallersBoundary() {
        given().queryParam("q", String.valueOf(Thornbury.MARKET_PLACE_UPRN)).get("/api/v1/coverage").then().statusCode(200)
                .body("$", empty());
        given().queryParam("q", "TB1").get("/api/v1/coverage").then().statusCode(200).body("$", empty());
        given().queryParam("q", "TB2").get("/api/v1/coverage").then().statusCode(200)
                .body("$", not(empty()))
                .body("postcode", everyItem(startsWith("TB2")));
    }

    @Test
    @TestSecurity(user = "estate", roles = "estate-officer")
    void theEstateTeamSeesOnlyTheEstate() {
        // Other tests may add addresses on Weir Street: what matters is that every one found is on the estate.
        given().queryParam("q", "Weir Street").get("/api/v1/coverage").then().statusCode(200)
                .body("size()", org.hamcrest.Matchers.greaterThanOrEqualTo(10))
                .body("estateName", org.hamcrest.Matchers.everyItem(equalTo("Millbrook Estate")));
        given().queryParam("q", "Wheel Court").get("/api/v1/coverage").then().statusCode(200).body("$", empty());
        given().get("/api/v1/coverage/" + thornbury.address(Thornbury.MARKET_PLACE_UPRN).id()).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void administratorsSeeEverywhere() {
        given().queryParam("q", String.valueOf(Thornbury.MARKET_PLACE_UPRN)).get("/api/v1/coverage").then().statusCode(200)
                .body("$", hasSize(1)).body("[0].uprn", equalTo(Thornbury.MARKET_PLACE_UPRN));
        given().get("/api/v1/coverage/" + thornbury.address(Thornbury.RIVERSIDE_UPRN).id()).then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "frontline", roles = "frontline")
    void anUnknownAddressIsNotFoundAndAnEmptySearchFindsNothing() {
        given().get("/api/v1/coverage/" + UUID.randomUUID()).then().statusCode(404);
        given().get("/api/v1/coverage").then().statusCode(200).body("$", empty());
    }

    @Test
    @TestSecurity(user = "someone", roles = "resident")
    void aTokenWithoutAStaffRoleIsRefused() {
        given().queryParam("q", "TB2").get("/api/v1/coverage").then().statusCode(403);
    }

    @Test
    void withoutATokenTheApiAsksForOne() {
        given().queryParam("q", "TB2").get("/api/v1/coverage").then().statusCode(401);
        given().get("/api/v1/coverage/" + UUID.randomUUID()).then().statusCode(401);
    }
}
