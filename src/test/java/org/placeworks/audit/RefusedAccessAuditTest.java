package org.placeworks.audit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.placeworks.family.FamilyFixtures.address;
import static org.placeworks.family.FamilyFixtures.family;
import static org.placeworks.family.FamilyFixtures.surname;
import static org.placeworks.family.FamilyFixtures.token;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.placeworks.family.FamilyFixtures;
import org.placeworks.geography.Places;
import org.placeworks.organisation.Thornbury;

/**
 * A member of staff outside a family's boundary is told it does not exist (404); the trail still records that they
 * asked: who, in which roles, for which record, refused.
 */
@QuarkusTest
class RefusedAccessAuditTest {

    @TestHTTPResource("/")
    URL root;

    @Inject
    Places places;

    @Inject
    AgroalDataSource db;

    @Test
    void aWorkerOutsideTheBoundaryIsRefusedAndTheRefusalIsAudited() throws SQLException {
        FamilyFixtures.useApp(root);
        // Market Place (Northgate): Family Support Thornbury's, not School Nursing Southbank's (frontline2).
        UUID familyId = family("frontline", address(places, Thornbury.MARKET_PLACE_UPRN), surname() + " family");

        given().auth().oauth2(token("frontline2")).get("/api/v1/families/" + familyId).then().statusCode(404);

        assertThat(entries("family", familyId, "DENIED")).singleElement().satisfies(e -> assertThat(e)
                .isEqualTo("frontline2|frontline,lead-professional|VIEW|Refused (404): GET /api/v1/families/" + familyId));
        assertThat(entries("family", familyId, "ALLOWED")).noneMatch(e -> e.startsWith("frontline2|"));

        // A read that is allowed is not a refusal.
        given().auth().oauth2(token("frontline")).get("/api/v1/families/" + familyId).then().statusCode(200);
        assertThat(entries("family", familyId, "DENIED")).hasSize(1);
    }

    @Test
    void aRecordThatIsNotThereIsAuditedAsRefusedToo() throws SQLException {
        UUID nothing = UUID.randomUUID();
        FamilyFixtures.useApp(root);
        given().auth().oauth2(token("frontline2")).get("/api/v1/families/" + nothing).then().statusCode(404);
        assertThat(entries("family", nothing, "DENIED")).hasSize(1);
    }

    private List<String> entries(String kind, UUID recordId, String outcome) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Connection c = db.getConnection(); PreparedStatement q = c.prepareStatement("select actor || '|' || coalesce(actor_roles, '')"
                + " || '|' || action || '|' || summary from audit_entry where record_kind = ? and record_id = ? and outcome = ?"
                + " order by seq")) {
            q.setString(1, kind);
            q.setString(2, recordId.toString());
            q.setString(3, outcome);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getString(1));
                }
            }
        }
        return found;
    }
}
