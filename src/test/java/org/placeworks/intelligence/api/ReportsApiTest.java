package org.placeworks.intelligence.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.placeworks.identity.ActingAs;
import org.placeworks.identity.Roles;
import org.placeworks.intelligence.ReportLocation;
import org.placeworks.intelligence.ReporterDetails;
import org.placeworks.intelligence.Reports;
import org.placeworks.intelligence.ThornburyPlaces;
import org.placeworks.shared.Today;

/**
 * The confidential reports API: an officer lists and reads reports without who reported them, staff write one
 * down taken by phone, bad input names the field and saves nothing, and anyone the gate refuses gets 404.
 */
@QuarkusTest
class ReportsApiTest {

    @Inject
    Reports reports;

    @Inject
    ThornburyPlaces thornbury;

    @Inject
    ActingAs actingAs;

    @Inject
    Today today;

    @Inject
    EntityManager em;

    private UUID madeOnline(String what) {
        return reports.submitPublic(thornbury.report(what, ReportLocation.area(thornbury.area("Westfield"), "Behind the Quillfeather garages"),
                new ReporterDetails("Ptolemy Quillfeather", "ptolemy.quillfeather@example.org", "01632 960 471"))).reportId();
    }

    @Test
    @TestSecurity(user = "intel", roles = Roles.INTELLIGENCE_OFFICER)
    void anOfficerListsAndReadsAReportWithoutWhoReportedIt() {
        UUID id = madeOnline("Fireworks thrown at the bus stop (RA-officer)");
        given().get("/api/v1/intelligence/reports?status=RECEIVED&category=ANTI_SOCIAL_BEHAVIOUR").then().statusCode(200)
                .body("number", equalTo(1)).body("rows.id", hasItem(id.toString()));
        given().get("/api/v1/intelligence/reports?status=CLOSED").then().statusCode(200).body("rows.id", not(hasItem(id.toString())));
        given().get("/api/v1/intelligence/reports?status=NOPE").then().statusCode(422).body("errors", hasKey("status"));
        String json = given().get("/api/v1/intelligence/reports/" + id).then().statusCode(200)
                .body("whatHappened", equalTo("Fireworks thrown at the bus stop (RA-officer)")).body("hasContactDetails", equalTo(true))
                .extract().asString();
        String list = given().get("/api/v1/intelligence/reports").then().statusCode(200).extract().asString();
        for (String body : new String[] {json, list}) {
            assertThat(body).doesNotContain("Ptolemy").doesNotContain("Quillfeather@").doesNotContain("ptolemy.quillfeather")
                    .doesNotContain("960 471");
        }
        given().contentType(ContentType.JSON).body(Map.of("information", "Seen again on Friday (RA-officer)"))
                .post("/api/v1/intelligence/reports/" + id + "/information").then().statusCode(200)
                .body("additions.text", hasItem("Seen again on Friday (RA-officer)"));
        given().contentType(ContentType.JSON).body(Map.of("information", " "))
                .post("/api/v1/intelligence/reports/" + id + "/information").then().statusCode(422).body("errors", hasKey("information"));
    }

    @Test
    @TestSecurity(user = "estate", roles = Roles.ESTATE_OFFICER)
    void staffWriteDownAPhoneReportButOnlyOfficersReadIt() {
        String id = given().contentType(ContentType.JSON).body(phoneReport("Caller says a horse is tethered without water (RA-phone)"))
                .post("/api/v1/intelligence/reports").then().statusCode(201).header("Cache-Control", "no-store")
                .body("reference", startsWith("CI-")).body("code", not(equalTo(null))).extract().path("reportId");
        given().get("/api/v1/intelligence/reports/" + id).then().statusCode(404);
        given().contentType(ContentType.JSON).body(Map.of("information", "More from the estate officer"))
                .post("/api/v1/intelligence/reports/" + id + "/information").then().statusCode(404);
        given().get("/api/v1/intelligence/reports").then().statusCode(403);
        String json = actingAs.call("intel", Set.of(Roles.INTELLIGENCE_OFFICER),
                () -> reports.find(UUID.fromString(id)).toString());
        assertThat(json).contains("RA-phone").contains("PHONE").doesNotContain("Hyacinth").doesNotContain("960 583");
    }

    @Test
    @TestSecurity(user = "estate", roles = Roles.ESTATE_OFFICER)
    void badInputIsRefusedNamingTheFieldAndNothingIsSaved() {
        long before = count();
        Map<String, Object> future = phoneReport("A report from the future (RA-bad)");
        future.put("occurredOn", today.date().plusDays(3).toString());
        given().contentType(ContentType.JSON).body(future).post("/api/v1/intelligence/reports").then().statusCode(422)
                .body("errors", hasKey("occurredOn"));
        Map<String, Object> online = phoneReport("Claimed to be online (RA-bad)");
        online.put("channel", "ONLINE");
        online.remove("whatHappened");
        given().contentType(ContentType.JSON).body(online).post("/api/v1/intelligence/reports").then().statusCode(422)
                .body("errors", hasKey("channel")).body("errors", hasKey("whatHappened"));
        Map<String, Object> email = phoneReport("A bad email (RA-bad)");
        email.put("reporterEmail", "not-an-email");
        given().contentType(ContentType.JSON).body(email).post("/api/v1/intelligence/reports").then().statusCode(422)
                .body("errors", hasKey("reporterEmail"));
        Map<String, Object> category = phoneReport("An unknown category (RA-bad)");
        category.put("category", "GOSSIP");
        given().contentType(ContentType.JSON).body(category).post("/api/v1/intelligence/reports").then().statusCode(422)
                .body("errors", hasKey("category"));
        given().contentType(ContentType.JSON).body("").post("/api/v1/intelligence/reports").then().statusCode(422);
        assertThat(count()).isEqualTo(before);
    }

    @Test
    @TestSecurity(user = "manager", roles = Roles.MANAGER)
    void aManagerIsToldAReportDoesNotExist() {
        UUID id = madeOnline("Loud music every night (RA-manager)");
        given().get("/api/v1/intelligence/reports/" + id).then().statusCode(404);
        given().get("/api/v1/intelligence/reports").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = ThornburyPlaces.NORTH_OFFICER, roles = Roles.INTELLIGENCE_OFFICER)
    void anOfficerWhoseGroundDoesNotHoldTheReportIsToldItDoesNotExist() {
        thornbury.northOfficer();
        UUID id = madeOnline("Garage doors kicked in (RA-north)");
        given().get("/api/v1/intelligence/reports/" + id).then().statusCode(404);
        given().get("/api/v1/intelligence/reports").then().statusCode(200).body("rows.id", not(hasItem(id.toString())));
    }

    private long count() {
        return em.createQuery("select count(r) from IntelReport r", Long.class).getSingleResult();
    }

    private Map<String, Object> phoneReport(String what) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("channel", "PHONE");
        body.put("category", "NEGLECT_OR_WELFARE");
        body.put("whatHappened", what);
        body.put("occurredOn", today.date().minusDays(1).toString());
        body.put("areaId", thornbury.area("Westfield").toString());
        body.put("placeDescription", "The paddock behind Larkspur Lane");
        body.put("victim", "NO");
        body.put("reporterName", "Hyacinth Marchbanks-Ode");
        body.put("reporterPhone", "01632 960 583");
        body.put("preferredContact", "PHONE");
        return body;
    }
}
