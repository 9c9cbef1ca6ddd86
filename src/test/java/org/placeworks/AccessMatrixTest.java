package org.placeworks;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.placeworks.family.FamilyFixtures;

/**
 * Who may read what, as one table: every API read x every demo member of staff (each holding
 * different roles in different services) x records inside and outside their boundary. Tokens come
 * from the real Keycloak. 401 without a token, 403 for a role that may not, 404 outside the
 * boundary (existence never leaks), 200 otherwise.
 */
@QuarkusTest
class AccessMatrixTest {

    /** Demo sign-ins: frontline (Family Support, the whole town), frontline2 (School Nursing, Southbank only),
     *  chair (panel chair, Family Support), manager, estate (Millbrook Estate only), intel, admin. */
    private static final List<String> STAFF = List.of("frontline", "frontline2", "chair", "manager", "estate", "intel", "admin");

    @TestHTTPResource("/")
    URL root;

    @BeforeEach
    void pointAtTheApp() {
        FamilyFixtures.useApp(root);
    }

    /** Expected status per member of staff; anyone not named gets the default. */
    private record Row(String path, int otherwise, Map<String, Integer> expected) {
        int expectedFor(String user) {
            return expected.getOrDefault(user, otherwise);
        }
    }

    private static Row row(String path, int otherwise, Object... userThenStatus) {
        Map<String, Integer> expected = new LinkedHashMap<>();
        for (int i = 0; i < userThenStatus.length; i += 2) {
            expected.put((String) userThenStatus[i], (Integer) userThenStatus[i + 1]);
        }
        return new Row(path, otherwise, expected);
    }

    private static Row allowed(String path, Set<String> users) {
        Map<String, Integer> expected = new LinkedHashMap<>();
        users.forEach(u -> expected.put(u, 200));
        return new Row(path, 403, expected);
    }

    @TestFactory
    Stream<DynamicTest> everyReadForEveryMemberOfStaff() {
        String manager = FamilyFixtures.token("manager");
        String northgateCase = given().auth().oauth2(manager).get("/api/v1/cases").then().statusCode(200).extract()
                .path("find { it.familyName == 'Walsh family' }.id");
        String northgateFamily = given().auth().oauth2(manager).get("/api/v1/cases").then().extract()
                .path("find { it.familyName == 'Walsh family' }.familyId");
        // School Nursing Southbank holds the Patel family's case: its own nurse lists it, Family Support does not.
        String southbankCase = given().auth().oauth2(FamilyFixtures.token("frontline2")).get("/api/v1/cases").then().extract()
                .path("find { it.familyName == 'Patel family' }.id");
        // The Lewis family (Southbank) refused the NHS trust: Family Support holds the case.
        String refusedNhsCase = given().auth().oauth2(manager).get("/api/v1/cases").then().extract()
                .path("find { it.familyName == 'Lewis family' }.id");
        String marketPlace = given().auth().oauth2(FamilyFixtures.token("admin")).queryParam("q", "100090000001")
                .get("/api/v1/addresses").then().statusCode(200).extract().path("items[0].id");
        String estateAddress = given().auth().oauth2(FamilyFixtures.token("admin")).queryParam("q", "100090000161")
                .get("/api/v1/addresses").then().extract().path("items[0].id");
        assertThat(List.of(northgateCase, northgateFamily, southbankCase, refusedNhsCase)).doesNotContainNull();

        Set<String> everyone = Set.copyOf(STAFF);
        Set<String> casework = Set.of("frontline", "frontline2", "chair", "manager");
        List<Row> rows = new ArrayList<>(List.of(
                allowed("/api/v1/me", everyone),
                allowed("/api/v1/areas", Set.of("frontline", "frontline2", "chair", "manager", "estate", "intel", "admin")),
                allowed("/api/v1/addresses?q=TB1", Set.of("admin")),
                allowed("/api/v1/services", Set.of("admin")),
                allowed("/api/v1/agencies", Set.of("admin")),
                allowed("/api/v1/staff", Set.of("admin")),
                allowed("/api/v1/coverage?q=TB1", everyone),
                allowed("/api/v1/cases", casework),
                allowed("/api/v1/people?name=Walsh", casework),
                allowed("/api/v1/funds", Set.of("chair", "manager")),
                // Records: a Northgate family and its case are outside School Nursing Southbank's boundary.
                row("/api/v1/cases/" + northgateCase, 403, "frontline", 200, "chair", 200, "manager", 200, "frontline2", 404),
                row("/api/v1/families/" + northgateFamily, 403, "frontline", 200, "chair", 200, "manager", 200,
                        "frontline2", 404),
                // Another Early Intervention service in the boundary knows the case exists (403), and no more.
                row("/api/v1/cases/" + southbankCase, 403, "frontline2", 200),
                // A refused agency's worker in boundary does not know the case exists (404).
                row("/api/v1/cases/" + refusedNhsCase, 403, "frontline", 200, "chair", 200, "manager", 200, "frontline2", 404),
                // Addresses: the estate team sees only the estate; intelligence and the manager cover the town.
                row("/api/v1/coverage/" + marketPlace, 200, "frontline2", 404, "estate", 404),
                row("/api/v1/coverage/" + estateAddress, 200)));

        List<DynamicTest> tests = new ArrayList<>();
        for (Row r : rows) {
            tests.add(DynamicTest.dynamicTest("nobody signed in: 401 on " + r.path(),
                    () -> given().get(r.path()).then().statusCode(401)));
            for (String user : STAFF) {
                int expected = r.expectedFor(user);
                tests.add(DynamicTest.dynamicTest(user + ": " + expected + " on " + r.path(), () ->
                        given().auth().oauth2(FamilyFixtures.token(user)).get(r.path()).then().statusCode(expected)));
            }
        }
        return tests.stream();
    }
}
