package org.placeworks.bench.generate;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.placeworks.insight.InsightSummary;

/**
 * The synthetic council at its tiny size, loaded after the demo into a database of its own (a test profile
 * restarts the test stack with a fresh database, so the other tests never see these rows), then read through
 * the app's pages as the demo users.
 */
@QuarkusTest
@TestProfile(GeneratedCouncilTest.OwnDatabase.class)
class GeneratedCouncilTest {

    /** Its own database; the demo's two years of history are left out to keep the start quick. */
    public static class OwnDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("placeworks.demo.history-cases", "0");
        }
    }

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));
    static GenerateCouncil.Result loaded;

    @Inject
    DataSource dataSource;

    @Inject
    InsightSummary insight;

    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "quarkus.flyway.username")
    String owner;

    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "quarkus.flyway.password", defaultValue = "")
    String ownerPassword;

    /** The generator loads as the schema's owner, as bench/run does: the app's own role may not set sequences. */
    @BeforeEach
    void loadOnce() throws SQLException {
        if (loaded == null) {
            try (Connection db = java.sql.DriverManager.getConnection(url, owner, ownerPassword)) {
                loaded = GenerateCouncil.generate(db, Size.TINY, 13, TODAY, System.out);
            }
            insight.refresh();
        }
    }

    /** The first family's latest case: open, and the first open case, so the demo frontline user leads it. */
    static CouncilPlan.Case frontlinesOpenCase() {
        CouncilPlan.Family first = new CouncilPlan(Size.TINY, 13, TODAY).walk().next();
        return first.cases.get(first.cases.size() - 1);
    }

    @Test
    void theTinyCouncilIsWrittenWithItsCasesAndTheirHistory() throws SQLException {
        assertThat(loaded.rows().get("caf_case")).isBetween(20L, 120L);
        // The locality, two wards of one neighbourhood each, the two neighbourhoods and one estate.
        assertThat(loaded.rows().get("area")).isEqualTo(1 + 2 + 2 + 1L);
        assertThat(loaded.rows().get("audit_entry")).isGreaterThanOrEqualTo(2L * loaded.rows().get("caf_case"));
        try (Connection db = dataSource.getConnection();
                PreparedStatement s = db.prepareStatement("select count(*) from family_place fp join area a on a.id = fp.neighbourhood_id"
                        + " join area w on w.id = a.parent_id join area l on l.id = w.parent_id where l.code = ?")) {
            s.setString(1, Loader.LOCALITY_CODE);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                assertThat(r.getLong(1)).isEqualTo(Size.TINY.families);
            }
        }
    }

    @Test
    @TestSecurity(user = "frontline", roles = "frontline")
    void theGeneratedOpenCaseIsInFrontlinesMyCasesAndOpens() {
        CouncilPlan.Case c = frontlinesOpenCase();
        assertThat(c.open()).isTrue();
        given().get("/cases").then().statusCode(200)
                .body(containsString("<h1 class=\"govuk-heading-l\">My cases</h1>"))
                .body(containsString("href=\"/cases/" + c.id + "\""));
        given().get("/cases/" + c.id).then().statusCode(200).body(containsString("EH-" + c.referred.getYear() + "-"));
    }

    @Test
    @TestSecurity(user = "manager", roles = "manager")
    void theManagerSeesTheGeneratedCasesAndNeighbourhoods() {
        CouncilPlan.Case c = frontlinesOpenCase();
        given().get("/cases?scope=all").then().statusCode(200).body(containsString("href=\"/cases/" + c.id + "\""));
        given().get("/cases/" + c.id).then().statusCode(200);
        CouncilPlan plan = new CouncilPlan(Size.TINY, 13, TODAY);
        given().get("/insight/caseload").then().statusCode(200).body(containsString(plan.neighbourhoodNames[0]));
    }

    @Test
    @TestSecurity(user = "frontline2", roles = "frontline")
    void aWorkerOutsideTheNewLocalityCannotOpenItsCases() {
        UUID id = frontlinesOpenCase().id;
        given().get("/cases/" + id).then().statusCode(org.hamcrest.Matchers.oneOf(403, 404));
    }

    @Test
    void theSameSeedGivesTheSameCouncilAndAnotherSeedAnother() {
        CouncilPlan.Family a = new CouncilPlan(Size.MEDIUM, 13, TODAY).walk().next();
        CouncilPlan.Family b = new CouncilPlan(Size.MEDIUM, 13, TODAY).walk().next();
        CouncilPlan.Family other = new CouncilPlan(Size.MEDIUM, 14, TODAY).walk().next();
        assertThat(b.surname).isEqualTo(a.surname);
        assertThat(b.cases.get(0).referred).isEqualTo(a.cases.get(0).referred);
        assertThat(b.cases.get(0).id).isEqualTo(a.cases.get(0).id);
        assertThat(other.cases.get(0).id).isNotEqualTo(a.cases.get(0).id);
    }
}
