package org.placeworks.organisation.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.placeworks.organisation.ServiceView;
import org.placeworks.organisation.Services;
import org.placeworks.organisation.Thornbury;
import org.placeworks.testsupport.Forms;
import org.placeworks.testsupport.RenderedForm;

@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
class ServicePagesTest {

    @Inject
    Thornbury thornbury;

    @Inject
    Services services;

    @Test
    void theListShowsEachServicesAgencyStrandsAndBoundary() {
        given().get("/admin/services").then().statusCode(200)
                .body(containsString("Family Support Thornbury"))
                .body(containsString("Eastmoor Community Health NHS Trust"))
                .body(containsString("Early Intervention"))
                .body(containsString("Ward: Southbank"))
                .body(containsString("href=\"/admin/agencies\""))
                .body(containsString("href=\"/admin/strands\""));
    }

    @Test
    void aServicePageShowsItsBoundaryAndStaff() {
        ServiceView nursing = thornbury.service("School Nursing Southbank");
        given().get("/admin/services/" + nursing.id()).then().statusCode(200)
                .body(containsString("govuk-summary-list"))
                .body(containsString("Ward: Southbank"))
                .body(containsString("Sam Okafor"));
    }

    @Test
    void addingAServiceRedirectsToItsPage() {
        String name = Thornbury.unique("Youth Work");
        String location = RenderedForm.open("/admin/services/new")
                .set("name", name)
                .set("agencyId", thornbury.agency("Eastmoor District Council").toString())
                .set("description", "Youth workers for Southbank")
                .setAll("boundary", thornbury.area("Southbank").id().toString(), thornbury.area("Castle Hill").id().toString())
                .setAll("strands", "EARLY_INTERVENTION")
                .submit().then().statusCode(303)
                .header("Location", matchesPattern(".*/admin/services/[0-9a-f-]{36}$")).extract().header("Location");
        given().get(location).then().statusCode(200)
                .body(containsString(name))
                .body(containsString("Neighbourhood: Castle Hill"))
                .body(containsString("Ward: Southbank"));
    }

    @Test
    void aServiceWithoutAgencyOrBoundaryIsRefusedAndNothingSaved() {
        String name = Thornbury.unique("Half-made Service");
        Forms.from("/admin/services/new")
                .formParam("name", name)
                .post("/admin/services").then().statusCode(422)
                .body(containsString("govuk-error-summary"))
                .body(containsString("href=\"#agencyId\""))
                .body(containsString("Select the agency that runs the service"))
                .body(containsString("href=\"#boundary\""))
                .body(containsString("value=\"" + name + "\""));
        assertTrue(services.services().stream().noneMatch(s -> s.name().equals(name)));
    }

    @Test
    void shrinkingABoundarySoThatAStrandLosesGroundIsRefusedWithAFormError() {
        ServiceView familySupport = thornbury.service("Family Support Thornbury");
        Forms.from("/admin/services/" + familySupport.id() + "/edit")
                .formParam("name", familySupport.name())
                .formParam("agencyId", familySupport.agencyId().toString())
                .formParam("boundary", thornbury.area("Southbank").id().toString())
                .formParam("strands", "EARLY_INTERVENTION")
                .formParam("version", String.valueOf(familySupport.version()))
                .post("/admin/services/" + familySupport.id()).then().statusCode(422)
                .body(containsString("href=\"#boundary\""))
                .body(containsString("Early Intervention in Thornbury would need a boundary no service delivering it has"))
                .body(containsString("Northgate Fields"));
        assertEquals(familySupport.boundary(), services.service(familySupport.id()).boundary());
    }

    @Test
    void changingAServiceRedirectsToItsPage() {
        ServiceView service = create(Thornbury.unique("Parenting Support"));
        String renamed = Thornbury.unique("Parenting Support Renamed");
        RenderedForm.open("/admin/services/" + service.id() + "/edit")
                .set("name", renamed)
                .setAll("boundary", thornbury.area("Thornbury").id().toString())
                .submit().then().statusCode(303)
                .header("Location", matchesPattern(".*/admin/services/" + service.id()));
        given().get("/admin/services/" + service.id()).then().statusCode(200)
                .body(containsString(renamed)).body(containsString("Locality: Thornbury"));
    }

    @Test
    void aStaleEditIsRefused() {
        ServiceView service = create(Thornbury.unique("Stale Service"));
        String renamed = Thornbury.unique("Never Saved");
        Forms.from("/admin/services/" + service.id() + "/edit")
                .formParam("name", renamed)
                .formParam("agencyId", service.agencyId().toString())
                .formParam("boundary", thornbury.area("Southbank").id().toString())
                .formParam("version", String.valueOf(service.version() + 7))
                .post("/admin/services/" + service.id()).then().statusCode(409)
                .body(containsString("This service was changed by someone else"))
                .body(not(containsString("value=\"" + renamed + "\"")));
        assertEquals(service.name(), services.service(service.id()).name());
    }

    @Test
    void anUnknownServiceIsNotFound() {
        given().get("/admin/services/" + UUID.randomUUID()).then().statusCode(404);
        given().get("/admin/services/" + UUID.randomUUID() + "/edit").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "frontline", roles = "frontline")
    void staffWhoAreNotAdministratorsAreRefused() {
        given().get("/admin/services").then().statusCode(403);
        given().get("/admin/services/new").then().statusCode(403);
        given().get("/admin/services/" + thornbury.service("Family Support Thornbury").id()).then().statusCode(403);
    }

    private ServiceView create(String name) {
        return services.createService(new org.placeworks.organisation.ServiceCommand(name,
                thornbury.agency("Eastmoor District Council"), null,
                java.util.Set.of(thornbury.area("Southbank").id()), java.util.Set.of(), null));
    }
}
