package org.placeworks.organisation.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.placeworks.organisation.ServiceView;
import org.placeworks.organisation.Services;
import org.placeworks.organisation.Thornbury;

@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
class ServiceApiTest {

    @Inject
    Thornbury thornbury;

    @Inject
    Services services;

    @Test
    void listsServicesWithTheirBoundariesAndStrands() {
        given().get("/api/v1/services").then().statusCode(200)
                .body("name", hasItem("Housing Estate Team"))
                .body("find { it.name == 'Housing Estate Team' }.boundary", containsInAnyOrder(thornbury.area("Millbrook Estate").id().toString()))
                .body("find { it.name == 'Housing Estate Team' }.strands", containsInAnyOrder("ESTATE_SERVICES"));
    }

    @Test
    void addsReadsAndChangesAService() {
        String name = Thornbury.unique("Health Visiting");
        JsonPath created = given().contentType(ContentType.JSON)
                .body(body(name, List.of(thornbury.area("Castle Hill").id()), List.of("EARLY_INTERVENTION"), null))
                .post("/api/v1/services").then().statusCode(201)
                .body("name", equalTo(name)).body("agencyName", equalTo("Eastmoor Community Health NHS Trust"))
                .extract().jsonPath();
        String id = created.getString("id");
        given().get("/api/v1/services/" + id).then().statusCode(200).body("name", equalTo(name));
        given().contentType(ContentType.JSON)
                .body(body(name, List.of(thornbury.area("Castle Hill").id(), thornbury.area("Market Place").id()),
                        List.of("EARLY_INTERVENTION"), created.getLong("version")))
                .put("/api/v1/services/" + id).then().statusCode(200)
                .body("boundary", containsInAnyOrder(thornbury.area("Castle Hill").id().toString(),
                        thornbury.area("Market Place").id().toString()));
    }

    @Test
    void badInputNamesEachFieldAndSavesNothing() {
        String name = Thornbury.unique("No Boundary");
        given().contentType(ContentType.JSON)
                .body(Map.of("name", name, "agencyId", UUID.randomUUID(), "strands", List.of()))
                .post("/api/v1/services").then().statusCode(422)
                .contentType(ContentType.JSON)
                .body("errors", hasKey("agencyId"))
                .body("errors", hasKey("boundary"));
        assertTrue(services.services().stream().noneMatch(s -> s.name().equals(name)));
        given().contentType(ContentType.JSON).body("{}").post("/api/v1/services").then().statusCode(422)
                .body("errors", hasKey("name"));
    }

    @Test
    void aBoundaryThatWouldUncoverAStrandIsRefused() {
        ServiceView familySupport = thornbury.service("Family Support Thornbury");
        given().contentType(ContentType.JSON)
                .body(Map.of("name", familySupport.name(), "agencyId", familySupport.agencyId(),
                        "boundary", List.of(thornbury.area("Riverside").id()), "strands", List.of("EARLY_INTERVENTION"),
                        "version", familySupport.version()))
                .put("/api/v1/services/" + familySupport.id()).then().statusCode(422)
                .body("errors.boundary", containsString("Early Intervention in Thornbury would need a boundary no service delivering it has"))
                .body("errors.boundary", containsString("Northgate Fields"));
        assertEquals(familySupport.boundary(), services.service(familySupport.id()).boundary());
    }

    @Test
    void aStaleEditIsRefused() {
        String name = Thornbury.unique("Stale Api Service");
        JsonPath created = given().contentType(ContentType.JSON)
                .body(body(name, List.of(thornbury.area("Southbank").id()), List.of(), null))
                .post("/api/v1/services").then().statusCode(201).extract().jsonPath();
        given().contentType(ContentType.JSON)
                .body(body(name + " changed", List.of(thornbury.area("Southbank").id()), List.of(), created.getLong("version") + 1))
                .put("/api/v1/services/" + created.getString("id")).then().statusCode(409)
                .body("detail", containsString("This service was changed by someone else"));
        given().contentType(ContentType.JSON)
                .body(body(name + " changed", List.of(thornbury.area("Southbank").id()), List.of(), null))
                .put("/api/v1/services/" + created.getString("id")).then().statusCode(409);
    }

    @Test
    void anUnknownServiceIsNotFound() {
        given().get("/api/v1/services/" + UUID.randomUUID()).then().statusCode(404);
        given().contentType(ContentType.JSON).body(body("x", List.of(thornbury.area("Southbank").id()), List.of(), 0L))
                .put("/api/v1/services/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "manager", roles = "manager")
    void onlyAdministratorsManageServices() {
        given().get("/api/v1/services").then().statusCode(403);
        given().contentType(ContentType.JSON).body(body("x", List.of(), List.of(), null)).post("/api/v1/services").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void theOrganisationApiIsDescribed() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body(containsString("/api/v1/services/{id}"))
                .body(containsString("/api/v1/strand-deliveries/{id}"))
                .body(containsString("/api/v1/staff/{id}/access"))
                .body(containsString("/api/v1/coverage/{addressId}"));
    }

    @Test
    @TestSecurity
    void withoutATokenTheApiAsksForOne() {
        given().get("/api/v1/services").then().statusCode(401);
    }

    private Map<String, Object> body(String name, List<UUID> boundary, List<String> strands, Long version) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("name", name,
                "agencyId", thornbury.agency("Eastmoor Community Health NHS Trust"),
                "boundary", boundary, "strands", strands));
        if (version != null) {
            body.put("version", version);
        }
        return body;
    }
}
