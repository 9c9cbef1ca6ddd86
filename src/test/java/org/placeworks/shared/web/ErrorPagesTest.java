package org.placeworks.shared.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import io.quarkus.security.Authenticated;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;
import org.placeworks.shared.StaleEdit;

/** Every error a user can meet is a friendly page (or a problem body on the API), never a stack trace. */
@QuarkusTest
class ErrorPagesTest {

    /** Pages that fail on purpose, present only in tests. */
    @Path("/test-failures")
    @Authenticated
    public static class Failures {
        @GET
        @Path("boom")
        public String boom() {
            throw new IllegalStateException("database on fire at line 42");
        }

        @GET
        @Path("stale")
        public String stale() {
            StaleEdit.check("service", 1L, 2L);
            return "unreachable";
        }

        @GET
        @Path("admins-only")
        @RolesAllowed("admin")
        public String adminsOnly() {
            return "secret";
        }
    }

    public record Appointment(java.time.LocalDate on, java.util.List<Slot> slots) {
    }

    public record Slot(Integer minutes) {
    }

    @Path("/api/v1/test-failures")
    @Authenticated
    public static class ApiFailures {
        @jakarta.ws.rs.POST
        @Path("appointment")
        @jakarta.ws.rs.Consumes("application/json")
        public String book(Appointment appointment) {
            return "booked";
        }

        @GET
        @Path("boom")
        public String boom() {
            throw new IllegalStateException("database on fire at line 42");
        }
    }

    @Test
    @TestSecurity(user = "frontline", roles = "frontline")
    void anUnexpectedFailureShowsAReferenceAndNoStackTrace() {
        given().when().get("/test-failures/boom").then().statusCode(500)
                .contentType(containsString("text/html"))
                .body(containsString("Sorry, there is a problem with the service"))
                .body(matchesPattern("(?s).*Reference: <strong>[0-9A-F]{8}</strong>.*"))
                .body(not(containsString("database on fire")))
                .body(not(containsString("IllegalStateException")));
    }

    @Test
    @TestSecurity(user = "frontline", roles = "frontline")
    void anUnexpectedApiFailureIsAProblemBodyWithAReference() {
        given().when().get("/api/v1/test-failures/boom").then().statusCode(500)
                .contentType("application/json")
                .body("status", equalTo(500))
                .body("reference", matchesPattern("[0-9A-F]{8}"))
                .body(not(containsString("database on fire")));
    }

    @Test
    @TestSecurity(user = "frontline", roles = "frontline")
    void jsonThatDoesNotFitNamesTheField() {
        given().contentType("application/json").body("{\"on\": \"31/02/2026\"}")
                .when().post("/api/v1/test-failures/appointment").then().statusCode(422)
                .body("errors.on", containsString("a date in the form YYYY-MM-DD"));
        given().contentType("application/json").body("{\"slots\": [{\"minutes\": \"ten\"}]}")
                .when().post("/api/v1/test-failures/appointment").then().statusCode(422)
                .body("errors.'slots[0].minutes'", containsString("a whole number"));
    }

    @Test
    @TestSecurity(user = "frontline", roles = "frontline")
    void aBodyThatIsNotJsonIsA400() {
        given().contentType("application/json").body("{not json")
                .when().post("/api/v1/test-failures/appointment").then().statusCode(400)
                .body("detail", containsString("not valid JSON"));
    }

    @Test
    @TestSecurity(user = "frontline", roles = "frontline")
    void aStaleEditIsAFriendly409() {
        given().when().get("/test-failures/stale").then().statusCode(409)
                .body(containsString("This could not be saved"))
                .body(containsString("This service was changed by someone else"));
    }

    @Test
    @TestSecurity(user = "frontline", roles = "frontline")
    void aRoleThatIsNotAllowedGetsAFriendly403() {
        given().when().get("/test-failures/admins-only").then().statusCode(403)
                .body(containsString("You do not have access to this"))
                .body(not(containsString("secret")));
    }
}
