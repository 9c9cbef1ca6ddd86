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
import org.junit.jupiter.api.Test;
import org.placeworks.organisation.Thornbury;

@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
class AgencyApiTest {

    @Test
    void addsAndListsAnAgency() {
        String name = Thornbury.unique("Thornbury Scouts");
        given().contentType(ContentType.JSON).body(Map.of("name", name, "kind", "VOLUNTARY"))
                .post("/api/v1/agencies").then().statusCode(201)
                .header("Location", containsString("/api/v1/agencies/"))
                .body("name", equalTo(name)).body("kind", equalTo("VOLUNTARY"));
        given().get("/api/v1/agencies").then().statusCode(200).body("name", hasItem(name));
    }

    @Test
    void badInputNamesEachFieldAndSavesNothing() {
        given().contentType(ContentType.JSON).body(Map.of("name", " ")).post("/api/v1/agencies").then().statusCode(422)
                .body("errors", hasKey("name")).body("errors", hasKey("kind"));
        String name = Thornbury.unique("Kindless Agency");
        given().contentType(ContentType.JSON).body(Map.of("name", name)).post("/api/v1/agencies").then().statusCode(422);
        given().get("/api/v1/agencies").then().body("name", not(hasItem(name)));
    }

    @Test
    void aDuplicateNameIsRefused() {
        given().contentType(ContentType.JSON).body(Map.of("name", "shire constabulary", "kind", "POLICE"))
                .post("/api/v1/agencies").then().statusCode(422)
                .body("errors.name", containsString("already exists"));
    }

    @Test
    @TestSecurity(user = "frontline", roles = "frontline")
    void onlyAdministratorsManageAgencies() {
        given().get("/api/v1/agencies").then().statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("name", "X", "kind", "OTHER")).post("/api/v1/agencies").then().statusCode(403);
    }

    @Test
    @TestSecurity
    void withoutATokenTheApiAsksForOne() {
        given().get("/api/v1/agencies").then().statusCode(401);
    }
}
