package org.placeworks.caf.web;

import static io.restassured.RestAssured.given;

import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.test.security.TestIdentityAssociation;
import io.restassured.response.Response;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.placeworks.family.FamilyFixtures;
import org.placeworks.geography.Places;
import org.placeworks.organisation.StaffDirectory;
import org.placeworks.organisation.StaffName;
import org.placeworks.testsupport.RenderedForm;

/**
 * Early help cases for page tests, made through the pages themselves. Families and children are
 * registered by Family Support Thornbury's worker; the case steps run as whoever the test says,
 * so a test can set up as one member of staff and check as another.
 */
@ApplicationScoped
public class CasePages {

    /** In Market Place (Northgate ward): inside frontline's boundary, outside frontline2's. */
    public static final long NORTHGATE = 100090000001L;
    /** In Riverside (Southbank ward): inside both. */
    public static final long SOUTHBANK = 100090000161L;

    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(-?\\d+)\"");
    private static final Pattern NEED = Pattern.compile("name=\"score-([0-9a-f-]{36})\"");

    @Inject
    TestIdentityAssociation identity;

    @Inject
    Places places;

    @Inject
    StaffDirectory staff;

    public record Family(UUID id, String name, UUID childId) {
    }

    // --- Who is acting ---------------------------------------------------------------------------

    public static String role(String user) {
        return switch (user) {
            case "frontline", "frontline2" -> "frontline";
            case "chair" -> "panel-chair";
            case "estate" -> "estate-officer";
            default -> user;
        };
    }

    /** Runs the work as another member of staff, then goes back to the test's own user. */
    public <T> T as(String user, Supplier<T> work) {
        var before = identity.getTestIdentity();
        identity.setTestIdentity(QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(user))
                .addRole(role(user)).build());
        try {
            return work.get();
        } finally {
            identity.setTestIdentity(before);
        }
    }

    public void as(String user, Runnable work) {
        as(user, () -> {
            work.run();
            return null;
        });
    }

    public UUID staffId(String username) {
        return FamilyFixtures.read(() -> staff.activeNames()).stream().filter(s -> s.username().equals(username))
                .map(StaffName::id).findFirst().orElseThrow(() -> new AssertionError("No staff " + username));
    }

    // --- Families ----------------------------------------------------------------------------------

    /** A family with one child, registered by frontline (whose service covers the whole town). */
    public Family family(long uprn) {
        return as("frontline", () -> {
            String name = FamilyFixtures.surname();
            UUID id = FamilyFixtures.family("frontline", FamilyFixtures.address(places, uprn), name + " family");
            FamilyFixtures.addPerson("frontline", id, FamilyFixtures.with(FamilyFixtures.person("Sam", name, FamilyFixtures.distinctBirthday(LocalDate.of(1975, 1, 1), 5000)),
                    "relationship", "PARENT"));
            UUID child = FamilyFixtures.addPerson("frontline", id, FamilyFixtures.person("Ruby", name, FamilyFixtures.distinctBirthday(LocalDate.of(2012, 1, 1), 3000)));
            return new Family(id, name, child);
        });
    }

    /** A child of 16 or over, who may consent for themselves. */
    public UUID youngPerson(Family family) {
        return as("frontline", () -> FamilyFixtures.addPerson("frontline", family.id(),
                FamilyFixtures.person("Jordan", family.name(), FamilyFixtures.distinctBirthday(today().minusYears(17).minusDays(300), 250))));
    }

    // --- Forms ---------------------------------------------------------------------------------------

    /**
     * Opens the form page and submits its form to {@code action} as rendered, with these fields
     * filled in (each must be on the form; the version and CSRF token are the ones it shows).
     */
    public static Response post(String formPage, String action, Map<String, ?> fields) {
        return RenderedForm.open(formPage, action).fill(fields).submit();
    }

    /** A forged post: the CSRF token of a page the user may open, sent with these fields to another form's action. */
    public static Response forged(String formPage, String action, Map<String, ?> fields) {
        var request = org.placeworks.testsupport.Forms.forged(formPage);
        fields.forEach((name, value) -> {
            if (value instanceof List<?> list) {
                list.forEach(v -> request.formParam(name, v));
            } else {
                request.formParam(name, value);
            }
        });
        return request.post(action);
    }

    public static Response post(String page, Map<String, ?> fields) {
        return post(page, page, fields);
    }

    public static Map<String, Object> fields(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    public static Map<String, Object> date(Map<String, Object> fields, String name, LocalDate date) {
        fields.put(name + "-day", String.valueOf(date.getDayOfMonth()));
        fields.put(name + "-month", String.valueOf(date.getMonthValue()));
        fields.put(name + "-year", String.valueOf(date.getYear()));
        return fields;
    }

    public static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/London"));
    }

    /** The ids of the case's needs, as the assessment form names their scores. */
    public static List<String> needIds(UUID caseId) {
        String page = given().get("/cases/" + caseId + "/assessment").then().statusCode(200).extract().asString();
        List<String> ids = new ArrayList<>();
        Matcher m = NEED.matcher(page);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    public static int version(UUID caseId, String formPath) {
        String page = given().get("/cases/" + caseId + formPath).then().statusCode(200).extract().asString();
        Matcher m = VERSION.matcher(page);
        if (!m.find()) {
            throw new AssertionError("No version on " + formPath);
        }
        return Integer.parseInt(m.group(1));
    }

    // --- Case steps, through the pages, as the test's user ---------------------------------------------

    public static Map<String, Object> referral(Family family, String referrerEmail) {
        return fields("screen", "no", "childIds", family.childId().toString(), "referrerName", "Pat Teacher",
                "referrerEmail", referrerEmail, "reason", "Attendance has fallen to 70% this term",
                "needDescription", List.of("School attendance", "", ""), "needHeadline", List.of("EDUCATION", "", ""));
    }

    public static UUID refer(Family family, String referrerEmail) {
        String location = post("/cases/new/referral?familyId=" + family.id() + "&screen=no",
                "/cases/new/referral?familyId=" + family.id(), referral(family, referrerEmail))
                .then().statusCode(303).extract().header("Location");
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }

    public static void consent(UUID caseId) {
        post("/cases/" + caseId + "/consent", date(fields("youngPersonId", "parent", "givenBy", "Sam Parent",
                "purposes", "Early help assessment and sharing with the team", "panelDiscussion", "yes"), "givenOn", today()))
                .then().statusCode(303);
    }

    public static void assess(UUID caseId) {
        Map<String, Object> f = fields("strengths-HEALTH", "Healthy and active", "needs-LEARNING", "Misses school on Mondays",
                "childsVoice", "I like art but not maths", "familyViews", "Mornings are hard", "complete", "true");
        needIds(caseId).forEach(id -> f.put("score-" + id, "4"));
        post("/cases/" + caseId + "/assessment", f).then().statusCode(303);
    }

    public static void appointLead(UUID caseId, UUID staffId) {
        post("/cases/" + caseId + "/lead-professional", fields("leadProfessionalId", staffId.toString())).then().statusCode(303);
    }

    public static void addToTeam(UUID caseId, UUID staffId) {
        post("/cases/" + caseId + "/team", fields("staffId", staffId.toString())).then().statusCode(303);
    }

    public static void addAction(UUID caseId, UUID ownerId, String description) {
        String needId = given().get("/cases/" + caseId + "/actions/new").then().statusCode(200).extract().asString()
                .replaceAll("(?s).*<option value=\"([0-9a-f-]{36})\">School attendance</option>.*", "$1");
        post("/cases/" + caseId + "/actions/new", date(fields("needId", needId, "description", description,
                "ownerStaffId", ownerId.toString()), "dueOn", today().plusWeeks(2))).then().statusCode(303);
    }

    /** A case through consent and a completed assessment, with frontline as lead professional. */
    public UUID activePlan(Family family) {
        UUID caseId = refer(family, "someone@school.example");
        consent(caseId);
        assess(caseId);
        appointLead(caseId, staffId("frontline"));
        return caseId;
    }
}
