package org.placeworks.geography.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.placeworks.geography.AddressView;
import org.placeworks.geography.PlaceFixtures;
import org.placeworks.geography.Places;
import org.placeworks.testsupport.Forms;
import org.placeworks.testsupport.RenderedForm;

/** The import page for addresses (CSV): all of a file or none of it. */
@QuarkusTest
class AddressImportPageTest {

    private static final String PAGE = "/admin/addresses/import";
    private static final String HEADER = "uprn,line1,line2,town,postcode,neighbourhood_code,estate_code\n";

    @Inject
    Places places;

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void thePageDocumentsTheFormat() {
        given().get(PAGE).then().statusCode(200)
                .body(containsString("neighbourhood_code"))
                .body(containsString("estate_code"))
                .body(containsString("enctype=\"multipart/form-data\""));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void theSampleFileImportsEveryAddress() throws IOException {
        upload(AreaImportPageTest.sample("addresses-sample.csv")).then().statusCode(303)
                .header("Location", containsString("/admin/addresses/import?imported=3"));
        AddressView onEstate = places.addressByUprn(100099000001L).orElseThrow();
        assertEquals("Millbrook Estate", onEstate.estateName());
        AddressView flat = places.addressByUprn(100099000002L).orElseThrow();
        assertEquals("TB1 1AA", flat.postcode());
        assertEquals("3 High Street", flat.line2());
        assertEquals("4 Castle Rise, Upper", places.addressByUprn(100099000003L).orElseThrow().line1());
        given().get(PAGE + "?imported=3").then().statusCode(200).body(containsString("3 addresses imported"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void aFileWithBadRowsImportsNothingAndListsEveryBadRowByLine() {
        long before = places.addressCount();
        String good = PlaceFixtures.uprn();
        String twice = PlaceFixtures.uprn();
        String csv = HEADER
                + good + ",1 Good Road,,Thornbury,TB1 1AA,E01000901,\n"
                + twice + ",2 Good Road,,Thornbury,TB1 1AA,E01000901,\n"
                + twice + ",3 Good Road,,Thornbury,TB1 1AA,E01000901,\n"
                + "100090000001,Taken,,Thornbury,TB1 1AA,E01000901,\n"
                + PlaceFixtures.uprn() + ",,,Thornbury,XX,E01000901,\n"
                + PlaceFixtures.uprn() + ",5 Road,,Thornbury,TB1 1AA,E05000901,\n"
                + PlaceFixtures.uprn() + ",6 Road,,Thornbury,TB1 1AA,E01000901,X99000101\n";
        upload(csv).then().statusCode(422)
                .body(containsString("Nothing was imported: 5 rows have problems"))
                .body(containsString("id=\"line-4\""))
                .body(containsString("UPRN " + twice + " is also on line 3"))
                .body(containsString("Another address already has the UPRN 100090000001"))
                .body(containsString("Enter the first line of the address"))
                .body(containsString("Enter a real UK postcode"))
                .body(containsString("E05000901 is a ward, not a neighbourhood"))
                .body(containsString("Millbrook Estate does not lie in Market Place"))
                .body(containsString("href=\"#line-8\""));
        assertEquals(before, places.addressCount());
        assertTrue(places.addressByUprn(Long.parseLong(good)).isEmpty());
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void anEmptyFileIsRefusedClearly() {
        upload("").then().statusCode(422)
                .body(containsString("href=\"#addressesFile\""))
                .body(containsString("The file is empty"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void aFileInTheWrongFormatIsRefusedClearly() {
        long before = places.addressCount();
        upload("kind,code,vintage,name,parent_code\nward,E05999998,2021,Nowhere,E43000901\n").then().statusCode(422)
                .body(containsString("The first line must be the header uprn,line1,town,postcode,neighbourhood_code"));
        Forms.multipartFrom(PAGE).multiPart("addressesFile", "sheet.xlsx", new byte[] {'P', 'K', 3, 4, 0, 0, (byte) 0xff, (byte) 0xfe}, "application/octet-stream")
                .post(PAGE).then().statusCode(422)
                .body(containsString("not a CSV text file"));
        assertEquals(before, places.addressCount());
    }

    @Test
    @TestSecurity(user = "frontline", roles = "frontline")
    void onlyAdministratorsMayImport() {
        long before = places.addressCount();
        given().redirects().follow(false).multiPart("addressesFile", "a.csv", (HEADER + PlaceFixtures.uprn()
                + ",1 Road,,Thornbury,TB1 1AA,E01000901,\n").getBytes(StandardCharsets.UTF_8), "text/csv")
                .post(PAGE).then().statusCode(403);
        assertEquals(before, places.addressCount());
    }

    private static io.restassured.response.Response upload(String content) {
        return RenderedForm.open(PAGE).attach("addressesFile", "addresses.csv", content.getBytes(StandardCharsets.UTF_8), "text/csv")
                .submit();
    }
}
