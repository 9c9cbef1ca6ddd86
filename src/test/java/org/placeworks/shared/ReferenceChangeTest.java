package org.placeworks.shared;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.placeworks.family.FamilyFixtures.NORTHGATE;
import static org.placeworks.family.FamilyFixtures.address;
import static org.placeworks.family.FamilyFixtures.person;
import static org.placeworks.family.FamilyFixtures.surname;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.net.URL;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.placeworks.family.FamilyFixtures;
import org.placeworks.geography.Places;
import org.placeworks.testsupport.WallProbe;

/**
 * Each instance keeps one copy of the reference data that decides who sees what (the area tree, services with their
 * boundaries, agencies; shared.Reading.reference), for as long as the database's reference version (V48) is
 * unchanged. A boundary changed anywhere, here by hand as the schema's owner would, reaches the very next request.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReferenceChangeTest {

    private static final String NURSE = "frontline2";
    private static final String NORTHGATE_WARD = "select v.id, a.id from service v, area a where v.name = 'School Nursing Southbank'"
            + " and a.name = 'Northgate' and a.kind = 'WARD'";

    @TestHTTPResource("/")
    URL root;

    @Inject
    Places places;

    UUID northgate;

    @BeforeAll
    void aFamilyOutsideTheSchoolNursesGround() {
        FamilyFixtures.useApp(root);
        String surname = surname();
        northgate = FamilyFixtures.family("frontline", address(places, NORTHGATE + 43), surname + " family");
        FamilyFixtures.addPerson("frontline", northgate, person("Cara", surname, "2018-03-04"));
    }

    @Test
    @TestSecurity(user = NURSE, roles = { "frontline", "lead-professional" })
    void aBoundaryChangedByHandReachesTheNextRequest() throws SQLException {
        // Asked twice first, so that the instance holds its copy of the reference data as it was.
        given().get("/families/" + northgate).then().statusCode(404);
        given().get("/api/v1/families/" + northgate).then().statusCode(404);
        try {
            asOwner("insert into service_boundary_area (service_id, area_id) " + NORTHGATE_WARD);
            given().get("/families/" + northgate).then().statusCode(200);
            given().get("/api/v1/families/" + northgate).then().statusCode(200);
        } finally {
            asOwner("delete from service_boundary_area where (service_id, area_id) in (" + NORTHGATE_WARD + ")");
        }
        given().get("/families/" + northgate).then().statusCode(404);
        given().get("/api/v1/families/" + northgate).then().statusCode(404);
    }

    /**
     * The areas and the services the insight pages list are kept too: a neighbourhood and a service renamed by hand
     * are shown by their new names on the manager's very next page.
     */
    @Test
    @TestSecurity(user = "manager", roles = "manager")
    void anAreaAndAServiceRenamedByHandReachTheNextInsightPage() throws SQLException {
        Document before = caseload();
        caseload();
        Element row = before.selectFirst("#caseload tbody tr[data-level=NEIGHBOURHOOD]");
        String area = row.attr("data-row").substring("neighbourhood:".length());
        String areaName = row.selectFirst("th").text();
        Element option = before.select("select#service option").stream().filter(o -> !o.attr("value").isEmpty()).findFirst()
                .orElseThrow();
        String service = option.attr("value");
        String serviceName = option.text();
        try {
            asOwner("update area set name = name || ' Renamed' where id = '" + area + "'");
            asOwner("update service set name = name || ' Renamed' where id = '" + service + "'");
            Document after = caseload();
            assertThat(after.selectFirst("#caseload tbody tr[data-row=\"neighbourhood:" + area + "\"] th").text())
                    .isEqualTo(areaName + " Renamed");
            assertThat(after.selectFirst("select#service option[value=" + service + "]").text()).isEqualTo(serviceName + " Renamed");
        } finally {
            asOwner("update area set name = '" + areaName.replace("'", "''") + "' where id = '" + area + "'");
            asOwner("update service set name = '" + serviceName.replace("'", "''") + "' where id = '" + service + "'");
        }
    }

    private static Document caseload() {
        return Jsoup.parse(given().get("/insight/caseload").then().statusCode(200).extract().asString());
    }

    private static void asOwner(String sql) throws SQLException {
        try (Connection owner = WallProbe.ownerConnection(); Statement s = owner.createStatement()) {
            s.execute(sql);
        }
    }
}
