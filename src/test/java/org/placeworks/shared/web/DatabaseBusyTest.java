package org.placeworks.shared.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An overloaded app (every database connection busy for longer than the pool waits) answers 503 with Retry-After and
 * a plain message, on a page and in the API, never a 500; and it answers normally again once connections are free.
 */
@QuarkusTest
@TestProfile(DatabaseBusyTest.SmallPool.class)
class DatabaseBusyTest {

    static final int POOL = 2;

    public static class SmallPool implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.max-size", String.valueOf(POOL),
                    "quarkus.datasource.jdbc.acquisition-timeout", "1S");
        }
    }

    @Inject
    AgroalDataSource dataSource;

    @Test
    @TestSecurity(user = "frontline", roles = {"frontline", "lead-professional"})
    void everyConnectionBusyGivesA503ThatSaysWhenToTryAgain() throws Exception {
        List<Connection> held = new ArrayList<>();
        try {
            for (int i = 0; i < POOL; i++) {
                held.add(dataSource.getConnection());
            }
            given().accept(ContentType.JSON).get("/api/v1/cases").then().statusCode(503)
                    .header("Retry-After", ErrorPages.RETRY_AFTER_SECONDS)
                    .body("status", org.hamcrest.Matchers.is(503))
                    .body("detail", containsString("try again"));
            given().get("/cases").then().statusCode(503)
                    .header("Retry-After", ErrorPages.RETRY_AFTER_SECONDS)
                    .body(containsString("Wait a moment, then try again"))
                    .body(org.hamcrest.Matchers.not(containsString("Exception")));
        } finally {
            for (Connection c : held) {
                c.close();
            }
        }
        given().accept(ContentType.JSON).get("/api/v1/cases").then().statusCode(200);
    }
}
