package org.placeworks.family;

import static io.restassured.RestAssured.given;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.placeworks.geography.Places;
import org.placeworks.testsupport.Tokens;

/**
 * Families and people for tests, made through the API with real tokens (so a test can set up as one
 * member of staff and check as another). Names are random: the database is shared by every test class.
 */
public final class FamilyFixtures {

    /** In Thornbury, UPRNs 100090000001-160 are in Northgate ward, outside School Nursing Southbank's boundary. */
    public static final long NORTHGATE = 100090000005L;
    /** UPRNs 100090000161-320 are in Southbank ward, which both frontline and frontline2 cover. */
    public static final long SOUTHBANK = 100090000250L;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Map<String, Map.Entry<java.time.Instant, String>> TOKENS = new ConcurrentHashMap<>();
    private static final Map<LocalDate, AtomicInteger> BIRTHDAYS = new ConcurrentHashMap<>();

    private FamilyFixtures() {
    }

    /**
     * A made-up surname. Two of them can share a trigram by chance, which with a common given name and
     * date of birth makes a likely duplicate: take dates of birth from {@link #distinctBirthday}.
     */
    public static String surname() {
        StringBuilder name = new StringBuilder().append((char) ('A' + RANDOM.nextInt(26)));
        for (int i = 0; i < 9; i++) {
            name.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return name.toString();
    }

    /**
     * Points REST Assured at the running app before the first test method (Quarkus does so only
     * around each test), for set-up in a {@code @BeforeAll}.
     */
    public static void useApp(java.net.URL root) {
        io.restassured.RestAssured.port = root.getPort();
    }

    /** A valid NHS number nobody else in the test run has, as people write it ("943 476 5919"). */
    public static String nhsNumber() {
        while (true) {
            StringBuilder digits = new StringBuilder();
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                int d = RANDOM.nextInt(10);
                digits.append(d);
                sum += d * (10 - i);
            }
            int check = 11 - sum % 11;
            if (check != 10) {
                digits.append(check == 11 ? 0 : check);
                return NhsNumber.formatted(digits.toString());
            }
        }
    }

    public static UUID address(Places places, long uprn) {
        return read(() -> places.addressByUprn(uprn).orElseThrow().id());
    }

    /** Reads through a service from the test itself, which has no request or transaction of its own. */
    public static <T> T read(Supplier<T> reading) {
        return QuarkusTransaction.requiringNew().call(reading::get);
    }

    public static String token(String user) {
        // The realm's tokens live five minutes, and a whole run on a busy machine lasts longer: fetch afresh after four.
        java.time.Instant now = java.time.Instant.now();
        return TOKENS.compute(user, (u, held) -> held != null && held.getKey().isAfter(now.minusSeconds(240)) ? held
                : Map.entry(now, Tokens.of(u))).getValue();
    }

    public static UUID family(String user, UUID addressId, String name) {
        String id = given().auth().oauth2(token(user)).contentType(ContentType.JSON)
                .body(Map.of("name", name, "addressId", addressId.toString()))
                .when().post("/api/v1/families").then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }

    /**
     * A date of birth in {@code days} from {@code from} that no earlier call with the same start returned
     * in this run (until the range is used up): people in different test families with the same given
     * name must never look like duplicates of each other, as a random day sometimes did.
     */
    public static String distinctBirthday(LocalDate from, int days) {
        AtomicInteger next = BIRTHDAYS.computeIfAbsent(from, start -> new AtomicInteger(RANDOM.nextInt(days)));
        return from.plusDays(Math.floorMod(next.getAndIncrement(), days)).toString();
    }

    public static Map<String, Object> person(String given, String family, String dateOfBirth) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("givenName", given);
        body.put("familyName", family);
        body.put("dateOfBirth", dateOfBirth);
        body.put("relationship", "CHILD");
        body.put("sex", "FEMALE");
        body.put("livesHere", true);
        return body;
    }

    public static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put(key, value);
        return copy;
    }

    public static UUID addPerson(String user, UUID familyId, Map<String, Object> person) {
        String id = given().auth().oauth2(token(user)).contentType(ContentType.JSON).body(person)
                .when().post("/api/v1/families/" + familyId + "/people").then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }

    public static void share(String user, UUID familyId, UUID staffId) {
        given().auth().oauth2(token(user)).contentType(ContentType.JSON)
                .body(Map.of("staffId", staffId.toString(), "reason", "Team Around the Family member"))
                .when().post("/api/v1/families/" + familyId + "/shares").then().statusCode(204);
    }
}
