package org.placeworks.organisation.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.placeworks.organisation.RealmAdmin;
import org.placeworks.organisation.StaffDirectory;
import org.placeworks.organisation.StaffView;
import org.placeworks.organisation.Thornbury;
import org.placeworks.testsupport.Forms;
import org.placeworks.testsupport.RenderedForm;

/** Staff pages: invited accounts are made in the real Keycloak, and removed after the class. */
@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
class StaffPagesTest {

    private static final RealmAdmin KEYCLOAK = new RealmAdmin();

    @Inject
    Thornbury thornbury;

    @Inject
    StaffDirectory staff;

    @AfterAll
    static void removeInvitedAccounts() {
        KEYCLOAK.deleteCreated();
    }

    @Test
    void theListShowsNamesUserNamesServicesAndStatus() {
        given().get("/admin/staff").then().statusCode(200)
                .body(containsString("Sam Okafor"))
                .body(containsString("frontline2"))
                .body(containsString("School Nursing Southbank"))
                .body(containsString("govuk-tag--green"));
    }

    @Test
    void invitingShowsTheTemporaryPasswordOnceAndCreatesTheAccount() {
        String username = username();
        String page = inviteForm(username)
                .post("/admin/staff/invite").then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body(containsString("govuk-panel--confirmation"))
                .body(containsString("Tess Tester has been invited"))
                .body(containsString("Frontline worker"))
                .extract().asString();
        String password = page.replaceAll("(?s).*<strong id=\"temporary-password\">([^<]+)</strong>.*", "$1");
        assertTrue(password.matches("[A-Za-z0-9]{16}"), password);
        StaffView member = remember(username);
        assertEquals(Set.of("frontline", "panel-member"), staff.roles(member.id()));
        assertEquals(List.of("School Nursing Southbank"), member.services().stream().map(s -> s.name()).toList());
    }

    @Test
    void badInviteInputIsShownAgainstEachFieldAndNothingSaved() {
        Forms.from("/admin/staff/invite").formParam("username", "x").formParam("email", "nope")
                .post("/admin/staff/invite").then().statusCode(422)
                .body(containsString("govuk-error-summary"))
                .body(containsString("href=\"#username\""))
                .body(containsString("href=\"#givenName\""))
                .body(containsString("href=\"#familyName\""))
                .body(containsString("href=\"#email\""))
                .body(containsString("href=\"#roles\""));
        assertTrue(staff.all().stream().noneMatch(m -> m.username().equals("x")));
    }

    @Test
    void aDuplicateUserNameIsAClearFormError() {
        inviteForm("frontline").post("/admin/staff/invite").then().statusCode(422)
                .body(containsString("href=\"#username\""))
                .body(containsString("Someone already has the user name frontline"));
        String outside = username();
        KEYCLOAK.createUser(outside);
        inviteForm(outside).post("/admin/staff/invite").then().statusCode(422)
                .body(containsString("href=\"#username\""))
                .body(containsString("A Keycloak account with this user name or email address already exists"));
    }

    @Test
    void aMembersPageShowsTheirRolesFromKeycloakAndServices() {
        given().get("/admin/staff/" + thornbury.member("frontline").id()).then().statusCode(200)
                .body(containsString("Fran Walker"))
                .body(containsString("Lead professional"))
                .body(containsString("Family Support Thornbury"))
                .body(containsString("name=\"version\""))
                .body(containsString("Disable this leaver"));
    }

    @Test
    void changingRolesAndServicesRedirectsToTheMembersPage() {
        String username = username();
        invite(username).then().statusCode(200);
        StaffView member = remember(username);
        String page = "/admin/staff/" + member.id();
        RenderedForm.open(page, page + "/access").setAll("roles", "manager")
                .setAll("serviceIds", thornbury.service("Housing Estate Team").id().toString()).submit().then().statusCode(303).header("Location", matchesPattern(".*" + page + "$"));
        assertEquals(Set.of("manager"), staff.roles(member.id()));
        given().get(page).then().statusCode(200).body(containsString("Housing Estate Team"));
    }

    @Test
    void aStaleAccessChangeIsRefused() {
        String username = username();
        invite(username).then().statusCode(200);
        StaffView member = remember(username);
        String page = "/admin/staff/" + member.id();
        Forms.from(page).formParam("roles", "admin").formParam("version", String.valueOf(member.version() + 5))
                .post(page + "/access").then().statusCode(409)
                .body(containsString("This member of staff was changed by someone else"));
        assertFalse(staff.roles(member.id()).contains("admin"));
    }

    @Test
    void anAccessChangeWithoutRolesIsRefused() {
        StaffView frontline = thornbury.member("frontline");
        String page = "/admin/staff/" + frontline.id();
        Forms.from(page).formParam("version", String.valueOf(frontline.version()))
                .post(page + "/access").then().statusCode(422)
                .body(containsString("href=\"#roles\""))
                .body(containsString("Select at least one role"));
    }

    @Test
    void disablingALeaverAfterConfirming() {
        String username = username();
        invite(username).then().statusCode(200);
        StaffView member = remember(username);
        String page = "/admin/staff/" + member.id();
        given().get(page + "/disable").then().statusCode(200).body(containsString("Disable Tess Tester as a leaver?"));
        Forms.from(page + "/disable").formParam("version", String.valueOf(member.version() - 1))
                .post(page + "/disable").then().statusCode(409);
        RenderedForm.open(page + "/disable").submit().then().statusCode(303);
        given().get(page).then().statusCode(200).body(containsString("govuk-tag--grey"))
                .body(not(containsString("Disable this leaver")));
        assertFalse(KEYCLOAK.user(member.keycloakId()).path("enabled").asBoolean());
        Forms.forged("/admin/staff/invite").formParam("version", String.valueOf(thornbury.member(username).version()))
                .post(page + "/disable").then().statusCode(409)
                .body(containsString("Tess Tester has already left"));
    }

    @Test
    void anUnknownMemberIsNotFound() {
        given().get("/admin/staff/" + UUID.randomUUID()).then().statusCode(404);
        given().get("/admin/staff/" + UUID.randomUUID() + "/disable").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "frontline", roles = "frontline")
    void onlyAdministratorsManageStaff() {
        given().get("/admin/staff").then().statusCode(403);
        given().get("/admin/staff/invite").then().statusCode(403);
        given().get("/admin/staff/" + thornbury.member("frontline").id()).then().statusCode(403);
    }

    private io.restassured.response.Response invite(String username) {
        return RenderedForm.open("/admin/staff/invite")
                .set("username", username).set("givenName", "Tess").set("familyName", "Tester")
                .set("email", username + "@test.eastmoor.example").set("jobTitle", "Test worker")
                .set("agencyId", thornbury.agency("Eastmoor District Council").toString())
                .setAll("roles", "frontline", "panel-member")
                .setAll("serviceIds", thornbury.service("School Nursing Southbank").id().toString()).submit();
    }

    private io.restassured.specification.RequestSpecification inviteForm(String username) {
        return Forms.from("/admin/staff/invite")
                .formParam("username", username).formParam("givenName", "Tess").formParam("familyName", "Tester")
                .formParam("email", username + "@test.eastmoor.example").formParam("jobTitle", "Test worker")
                .formParam("agencyId", thornbury.agency("Eastmoor District Council").toString())
                .formParam("roles", "frontline", "panel-member")
                .formParam("serviceIds", thornbury.service("School Nursing Southbank").id().toString());
    }

    private StaffView remember(String username) {
        StaffView member = thornbury.member(username);
        KEYCLOAK.remember(member.keycloakId());
        return member;
    }

    private static String username() {
        return "p-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
