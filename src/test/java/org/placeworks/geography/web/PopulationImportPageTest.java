package org.placeworks.geography.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.placeworks.audit.AuditEntryView;
import org.placeworks.audit.AuditTrail;
import org.placeworks.geography.AreaCommand;
import org.placeworks.geography.AreaKind;
import org.placeworks.geography.AreaView;
import org.placeworks.geography.PlaceFixtures;
import org.placeworks.geography.Places;
import org.placeworks.geography.PopulationVintage;
import org.placeworks.geography.Populations;
import org.placeworks.testsupport.RenderedForm;

/** The population import: published figures replace the stored ones, all of a file or none of it, audited. */
@QuarkusTest
class PopulationImportPageTest {

    private static final String PAGE = "/admin/areas/populations";

    @Inject
    Places places;

    @Inject
    Populations populations;

    @Inject
    AuditTrail audit;

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void theFormAsRenderedAsksForTheYearTheSourceAndTheFile() {
        RenderedForm form = RenderedForm.open(PAGE);

        assertEquals(PAGE, form.action());
        assertTrue(form.fields().containsAll(Set.of("vintage", "source", "csrf-token")), form.fields().toString());
        given().get(PAGE).then().statusCode(200)
                .body(containsString("area_code,children,residents"))
                .body(containsString("Population figures held now"))
                .body(containsString("<label class=\"govuk-label\" for=\"vintage\">"))
                .body(containsString("<input class=\"govuk-file-upload\" id=\"populationsFile\" name=\"populationsFile\" type=\"file\""));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void aGoodFileSetsThePopulationsWithTheirYearAndSourceAndIsAudited() {
        AreaView first = neighbourhood(100, 20);
        AreaView second = neighbourhood(200, 40);
        String csv = "area_code,children,residents\n" + first.code() + ",420,1850\n" + second.code().toLowerCase() + ",\"1,310\",\"2,600\"\n";

        String location = submit("2024", "ONS mid-year estimates", csv).then().statusCode(303).extract().header("Location");

        assertTrue(location.endsWith(PAGE + "?imported=2"), location);
        AreaView updated = places.area(first.id());
        assertEquals(420, updated.childPopulation());
        assertEquals(1850, updated.residentPopulation());
        assertEquals(1310, places.area(second.id()).childPopulation());
        assertEquals(List.of(new PopulationVintage(2024, "ONS mid-year estimates", 2)),
                populations.vintagesOf(List.of(first.id(), second.id())));
        List<AuditEntryView> trail = audit.history("area populations", 2024, 10);
        assertTrue(trail.stream().anyMatch(e -> e.summary().contains(first.code()) && e.summary().contains("ONS mid-year estimates")),
                trail.toString());
        given().get(location).then().statusCode(200)
                .body(containsString("Populations of 2 areas updated"))
                .body(containsString("ONS mid-year estimates"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void aFileWithABadRowChangesNothingAndNamesTheLineAndColumnOfEachProblem() {
        AreaView good = neighbourhood(300, 60);
        AreaView repeated = neighbourhood(400, 80);
        String csv = "area_code,children,residents\n"
                + good.code() + ",70,310\n"                  // line 2: fine on its own
                + "E09999997,10,20\n"                        // line 3: no such area
                + repeated.code() + ",500,400\n"             // line 4: more children than residents
                + repeated.code() + ",ten,400\n"             // line 5: repeated area, children not a number
                + good.code() + ",,-3\n";                    // line 6: repeated, children missing, residents negative

        submit("2024", "ONS mid-year estimates", csv).then().statusCode(422)
                .body(containsString("govuk-error-summary"))
                .body(containsString("Nothing was imported: 4 rows have problems"))
                .body(containsString("href=\"#line-3\""))
                .body(containsString("href=\"#line-4\""))
                .body(containsString("href=\"#line-5\""))
                .body(containsString("href=\"#line-6\""))
                .body(not(containsString("href=\"#line-2\"")))
                .body(containsString("No area has the code E09999997"))
                .body(containsString("Children (500) cannot be more than residents (400)"))
                .body(containsString("The number of children must be a whole number, not ten"))
                .body(containsString("is also on line 2"))
                .body(containsString("The number of residents cannot be negative"))
                // what was typed is kept, so only the file needs fixing
                .body(containsString("value=\"ONS mid-year estimates\""));

        AreaView after = places.area(good.id());
        assertEquals(60, after.childPopulation());
        assertEquals(300, after.residentPopulation());
        assertEquals(80, places.area(repeated.id()).childPopulation());
        assertNull(populations.vintagesOf(List.of(good.id())).get(0).vintage());
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void aMissingYearAndSourceAreNamedWithTheFileAndNothingChanges() {
        AreaView area = neighbourhood(500, 100);

        submit(" ", "", "area_code,children,residents\n" + area.code() + ",1,2\n").then().statusCode(422)
                .body(containsString("href=\"#vintage\""))
                .body(containsString("Enter the year the figures describe"))
                .body(containsString("href=\"#source\""))
                .body(containsString("Enter who published the figures"));
        submit("2999", "ONS", "").then().statusCode(422)
                .body(containsString("The year must be between 1900 and"))
                .body(containsString("href=\"#populationsFile\""))
                .body(containsString("The file is empty"));
        submit("2024", "ONS", "area_code,children\n" + area.code() + ",1\n").then().statusCode(422)
                .body(containsString("The first line must be the header area_code,children,residents"));

        assertEquals(100, places.area(area.id()).childPopulation());
    }

    @Test
    @TestSecurity(user = "manager", roles = "manager")
    void onlyAdministratorsImportPopulations() {
        AreaView area = neighbourhood(600, 120);
        given().redirects().follow(false).multiPart("vintage", "2024").multiPart("source", "ONS")
                .multiPart("populationsFile", "p.csv", ("area_code,children,residents\n" + area.code() + ",1,2\n")
                        .getBytes(StandardCharsets.UTF_8), "text/csv")
                .post(PAGE).then().statusCode(403);
        given().get(PAGE).then().statusCode(403);

        assertEquals(120, places.area(area.id()).childPopulation());
    }

    private static io.restassured.response.Response submit(String vintage, String source, String csv) {
        return RenderedForm.open(PAGE).set("vintage", vintage).set("source", source)
                .attach("populationsFile", "populations.csv", csv.getBytes(StandardCharsets.UTF_8), "text/csv").submit();
    }

    /** A neighbourhood of its own in Northgate ward, without a decile so no inequality figure moves; the demo's stay as they are. */
    private AreaView neighbourhood(int residents, int children) {
        AreaView ward = places.findAreaByCode("E05000901").orElseThrow();
        return places.createArea(new AreaCommand(AreaKind.NEIGHBOURHOOD, PlaceFixtures.code('E'), 2021,
                "Population test " + residents, ward.id(), null, residents, children, null));
    }
}
