package org.placeworks.organisation.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.placeworks.organisation.Thornbury;

@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
class StrandDeliveryApiTest {

    @Inject
    Thornbury thornbury;

    @Test
    void listsWhereEachStrandRunsAndWhoDeliversIt() {
        given().get("/api/v1/strand-deliveries").then().statusCode(200)
                .body("find { it.strand == 'ESTATE_SERVICES' }.areaName", equalTo("Millbrook Estate"))
                .body("find { it.strand == 'ESTATE_SERVICES' }.services.name", hasItem("Housing Estate Team"));
    }

    @Test
    void runsAndStopsAStrandInACoveredArea() {
        UUID northgate = thornbury.area("Northgate").id();
        String id = given().contentType(ContentType.JSON).body(Map.of("strand", "ESTATE_SERVICES", "areaId", northgate))
                .post("/api/v1/strand-deliveries").then().statusCode(201)
                .body("areaName", equalTo("Northgate"))
                .body("services.name", hasItem("Street Scene Thornbury"))
                .extract().path("id");
        given().get("/api/v1/strand-deliveries").then().body("id", hasItem(id));
        given().delete("/api/v1/strand-deliveries/" + id).then().statusCode(204);
        given().get("/api/v1/strand-deliveries").then().body("id", not(hasItem(id)));
        given().delete("/api/v1/strand-deliveries/" + id).then().statusCode(404);
    }

    @Test
    void aStrandWhereNoServiceCoversTheGroundIsRefused() {
        given().contentType(ContentType.JSON)
                .body(Map.of("strand", "COMMUNITY_INTELLIGENCE", "areaId", thornbury.uncoveredNeighbourhood().id()))
                .post("/api/v1/strand-deliveries").then().statusCode(422)
                .body("errors.areaId", equalTo("Community Intelligence in Eastbrook Green would need a boundary no service delivering it has: Eastbrook Green would not be covered."));
        given().get("/api/v1/strand-deliveries").then()
                .body("findAll { it.strand == 'COMMUNITY_INTELLIGENCE' }.areaName", not(hasItem("Eastbrook Green")));
    }

    @Test
    void badInputNamesEachField() {
        given().contentType(ContentType.JSON).body("{}").post("/api/v1/strand-deliveries").then().statusCode(422)
                .body("errors", hasKey("strand"));
        given().contentType(ContentType.JSON).body(Map.of("strand", "EARLY_INTERVENTION", "areaId", UUID.randomUUID()))
                .post("/api/v1/strand-deliveries").then().statusCode(422).body("errors", hasKey("areaId"));
        given().contentType(ContentType.JSON).body(Map.of("strand", "EARLY_INTERVENTION", "areaId", thornbury.area("Thornbury").id()))
                .post("/api/v1/strand-deliveries").then().statusCode(422)
                .body("errors.areaId", containsString("already runs in Thornbury"));
    }

    @Test
    @TestSecurity(user = "intel", roles = "intelligence-officer")
    void onlyAdministratorsManageStrandDelivery() {
        given().get("/api/v1/strand-deliveries").then().statusCode(403);
        given().delete("/api/v1/strand-deliveries/" + UUID.randomUUID()).then().statusCode(403);
    }

    @Test
    @TestSecurity
    void withoutATokenTheApiAsksForOne() {
        given().get("/api/v1/strand-deliveries").then().statusCode(401);
    }
}
