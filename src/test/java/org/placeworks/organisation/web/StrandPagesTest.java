package org.placeworks.organisation.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.placeworks.organisation.Services;
import org.placeworks.organisation.Strand;
import org.placeworks.organisation.StrandDeliveryView;
import org.placeworks.organisation.Thornbury;
import org.placeworks.testsupport.Forms;
import org.placeworks.testsupport.RenderedForm;

@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
class StrandPagesTest {

    @Inject
    Thornbury thornbury;

    @Inject
    Services services;

    @Test
    void showsWhereEachStrandRunsAndWhoDeliversIt() {
        given().get("/admin/strands").then().statusCode(200)
                .body(containsString("Estate Services"))
                .body(containsString("Millbrook Estate"))
                .body(containsString("Housing Estate Team"))
                .body(containsString("Run a strand in an area"));
    }

    @Test
    void runningAndStoppingAStrandInACoveredArea() {
        UUID castleHill = thornbury.area("Castle Hill").id();
        RenderedForm.open("/admin/strands", "/admin/strands").set("strand", "COMMUNITY_INTELLIGENCE")
                .set("areaId", castleHill.toString()).submit().then().statusCode(303).header("Location", endsWith("/admin/strands"));
        StrandDeliveryView added = services.deliveries().stream()
                .filter(d -> d.strand() == Strand.COMMUNITY_INTELLIGENCE && d.areaId().equals(castleHill)).findFirst().orElseThrow();
        given().get("/admin/strands").then().body(containsString("/admin/strands/" + added.id() + "/stop"));

        RenderedForm.open("/admin/strands", "/admin/strands/" + added.id() + "/stop").submit().then().statusCode(303)
                .header("Location", endsWith("/admin/strands"));
        assertTrue(services.deliveries().stream().noneMatch(d -> d.id().equals(added.id())));
    }

    @Test
    void aStrandWhereNoServiceCoversTheGroundIsRefusedWithAClearMessage() {
        Forms.from("/admin/strands").formParam("strand", "EARLY_INTERVENTION")
                .formParam("areaId", thornbury.uncoveredNeighbourhood().id().toString())
                .post("/admin/strands").then().statusCode(422)
                .body(containsString("href=\"#areaId\""))
                .body(containsString("Early Intervention in Eastbrook Green would need a boundary no service delivering it has"));
        assertTrue(services.deliveries().stream().noneMatch(d -> d.areaName().equals("Eastbrook Green")));
    }

    @Test
    void missingChoicesAreNamed() {
        Forms.from("/admin/strands").formParam("strand", "").formParam("areaId", "")
                .post("/admin/strands").then().statusCode(422)
                .body(containsString("href=\"#strand\""))
                .body(containsString("Select the strand"));
        Forms.from("/admin/strands").formParam("strand", "EARLY_INTERVENTION").formParam("areaId", "")
                .post("/admin/strands").then().statusCode(422)
                .body(containsString("href=\"#areaId\""));
    }

    @Test
    void stoppingAnUnknownDeliveryIsNotFound() {
        Forms.forged("/admin/strands").post("/admin/strands/" + UUID.randomUUID() + "/stop").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "chair", roles = "panel-chair")
    void onlyAdministratorsManageStrands() {
        given().get("/admin/strands").then().statusCode(403);
    }
}
