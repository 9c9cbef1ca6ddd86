package org.placeworks.audit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.placeworks.identity.Roles;

/** "Who looked at this child's record": one page and one CSV, with refusals marked, and the search itself audited. */
@QuarkusTest
class AuditSearchPageTest {

    @Inject
    AgroalDataSource db;

    private String child;

    @BeforeEach
    void aChildsRecordWasOpenedOnceAndRefusedOnce() throws SQLException {
        child = UUID.randomUUID().toString();
        entry("frontline", "frontline,lead-professional", child, "Viewed the person", "ALLOWED", "2026-03-02T10:00:00Z");
        entry("frontline2", "frontline,lead-professional", child, "Refused (404): GET /people/" + child, "DENIED", "2026-03-05T10:00:00Z");
        entry("frontline", "frontline", UUID.randomUUID().toString(), "Someone else", "ALLOWED", "2026-03-03T10:00:00Z");
    }

    @Test
    @TestSecurity(user = "admin", roles = Roles.ADMIN)
    void everyoneWhoOpenedTheRecordIsListedOnThePageAndInTheCsv() throws SQLException {
        given().get("/admin/audit?kind=person&record=" + child).then().statusCode(200)
                .body(containsString("2 entries")).body(containsString("frontline2")).body(containsString("Refused"))
                .body(not(containsString("Someone else")));
        given().get("/admin/audit?kind=person&record=" + child + "&from=2026-03-04&to=2026-03-31").then().statusCode(200)
                .body(containsString("1 entry")).body(containsString("frontline2"));
        String csv = given().get("/admin/audit.csv?kind=person&record=" + child).then().statusCode(200)
                .header("Content-Type", containsString("text/csv")).extract().asString();
        assertThat(csv.lines()).hasSize(3);
        assertThat(csv.lines().skip(1)).anySatisfy(line -> assertThat(line).contains("frontline2", "DENIED", child));
        try (Connection c = db.getConnection(); PreparedStatement q = c.prepareStatement(
                "select count(*) from audit_entry where actor = 'admin' and record_kind = 'audit-trail' and record_id = ?")) {
            q.setString(1, "person:" + child);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                assertThat(rs.getLong(1)).as("each search is itself recorded").isEqualTo(3);
            }
        }
    }

    @Test
    @TestSecurity(user = "admin", roles = Roles.ADMIN)
    void aDateThatIsNotADateIsRefusedNamingTheField() {
        given().get("/admin/audit?kind=person&record=" + child + "&from=yesterday").then().statusCode(422)
                .body(containsString("Enter the date as YYYY-MM-DD"));
        given().get("/admin/audit?record=" + child).then().statusCode(422).body(containsString("Choose the kind of record"));
    }

    @Test
    @TestSecurity(user = "frontline", roles = Roles.FRONTLINE)
    void onlyAdministratorsSearchTheTrail() {
        given().get("/admin/audit?kind=person&record=" + child).then().statusCode(403);
        given().get("/admin/audit.csv?kind=person&record=" + child).then().statusCode(403);
    }

    private void entry(String actor, String roles, String person, String summary, String outcome, String at) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement("insert into audit_entry"
                + " (id, at, actor, actor_roles, action, record_kind, record_id, summary, outcome)"
                + " values (gen_random_uuid(), cast(? as timestamptz), ?, ?, 'VIEW', 'person', ?, ?, ?)")) {
            s.setString(1, at);
            s.setString(2, actor);
            s.setString(3, roles);
            s.setString(4, person);
            s.setString(5, summary);
            s.setString(6, outcome);
            s.executeUpdate();
        }
    }
}
