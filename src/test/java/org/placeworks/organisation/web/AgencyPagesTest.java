package org.placeworks.organisation.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;
import org.placeworks.organisation.Thornbury;
import org.placeworks.testsupport.Forms;
import org.placeworks.testsupport.RenderedForm;

@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
class AgencyPagesTest {

    @Test
    void listsAgenciesWithTheirKind() {
        given().get("/admin/agencies").then().statusCode(200)
                .body(containsString("Shire Constabulary"))
                .body(containsString("Police"))
                .body(containsString("Add an agency"));
    }

    @Test
    void addingAnAgencyRedirectsToTheList() {
        String name = Thornbury.unique("Thornbury Credit Union");
        RenderedForm.open("/admin/agencies").set("name", name).set("kind", "VOLUNTARY").submit().then().statusCode(303).header("Location", endsWith("/admin/agencies"));
        given().get("/admin/agencies").then().statusCode(200).body(containsString(name));
    }

    @Test
    void badInputIsShownAgainstEachFieldAndNothingSaved() {
        String name = Thornbury.unique("Kindless");
        Forms.from("/admin/agencies").formParam("name", name).formParam("kind", "")
                .post("/admin/agencies").then().statusCode(422)
                .body(containsString("govuk-error-summary"))
                .body(containsString("href=\"#kind\""))
                .body(containsString("Select the kind of agency"));
        given().get("/admin/agencies").then().body(not(containsString("<td class=\"govuk-table__cell\">" + name)));
        Forms.from("/admin/agencies").formParam("name", "Eastmoor Homes").formParam("kind", "HOUSING")
                .post("/admin/agencies").then().statusCode(422)
                .body(containsString("href=\"#name\""))
                .body(containsString("An agency called Eastmoor Homes already exists"));
    }

    @Test
    @TestSecurity(user = "manager", roles = "manager")
    void onlyAdministratorsSeeAgencies() {
        given().get("/admin/agencies").then().statusCode(403);
    }
}
