package org.placeworks.access;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestIdentityAssociation;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.placeworks.access.NeedToKnow.CaseRecord;
import org.placeworks.access.NeedToKnow.EngagementRecord;
import org.placeworks.access.NeedToKnow.FamilyRecord;
import org.placeworks.access.NeedToKnow.GrantRecord;
import org.placeworks.access.NeedToKnow.PanelRecord;
import org.placeworks.access.RouteTable.Route;

/**
 * The access matrix, generated from the route table: every route the application serves x nobody
 * signed in, every demo sign-in and the people the rules single out x the records the rules tell
 * apart. The expected answer of each cell comes from {@link Routes} (who may use the route, which
 * record decides) and {@link NeedToKnow} (what each person gets on each record); a route without a
 * row fails. Changes are probed with an empty form (or JSON body) and a version no record has, so a
 * permitted change is refused as invalid or stale and nothing is saved: a refusal of access is 403
 * (a record the person sees but may not change) or 404 (a record they may not know exists).
 */
@QuarkusTest
class AccessMatrixTest {

    private static final String CSRF = "csrf-token";

    @Inject
    MatrixPeople people;

    @Test
    void everyRouteHasARowAndEveryRowARoute() {
        Set<String> served = new TreeSet<>();
        RouteTable.all().forEach(r -> served.add(r.toString()));
        Set<String> withoutRow = new TreeSet<>(served);
        withoutRow.removeAll(Routes.TABLE.keySet());
        Set<String> withoutRoute = new TreeSet<>(Routes.TABLE.keySet());
        withoutRoute.removeAll(served);
        assertThat(withoutRow).as("routes with no row in Routes.TABLE: say who may use them").isEmpty();
        assertThat(withoutRoute).as("rows in Routes.TABLE for routes that no longer exist").isEmpty();
    }

    @Test
    void nobodySignedInIsSentToSignIn() {
        csrf = "not-signed-in";
        List<String> wrong = new ArrayList<>();
        for (Route route : RouteTable.all()) {
            Routes.Rule rule = Routes.TABLE.get(route.toString());
            if (rule == null) {
                continue;
            }
            Response answer = probe(route, MatrixPaths.fill(route.path(), rule.query(), id -> UUID.randomUUID().toString()));
            int status = answer.statusCode();
            // A public form posted empty is refused as invalid (4xx), never sent to sign in.
            // Signing out without the form's CSRF token (the probe's is not one) is refused as invalid.
            boolean right = rule.need() == Need.SIGN_OUT ? Expected.refusedAsInvalid(status)
                    : rule.need() == Need.PUBLIC ? (route.reads() ? status == (aboutARecord(route) ? 404 : 200) : Expected.refusedAsInvalid(status))
                    : rule.need() == Need.CLIENT_KEY ? status == 403
                    : route.api() ? status == 401 : status == 302 && answer.header("Location").contains("/protocol/openid-connect/auth");
            if (!right) {
                wrong.add(route + " answered " + status);
            }
        }
        assertThat(wrong).as("nobody signed in").isEmpty();
    }

    /** The annotation only switches the test identity on; each person is then put in its place in turn. */
    @Test
    @TestSecurity(user = "frontline", roles = "frontline")
    void everyPersonOnEveryRouteAndRecord() {
        MatrixPeople.Records records = people.setUp();
        try {
            assertThat(wrongCells(records)).as("cells answered against the table").isEmpty();
        } finally {
            people.putBack();
        }
    }

    private List<String> wrongCells(MatrixPeople.Records records) {
        csrf = given().get("/families/new").then().statusCode(200).extract().cookie(CSRF);
        List<String> wrong = new ArrayList<>();
        int cells = 0;
        Map<String, Map<String, String>> estateIssues = people.estateIssues();
        for (Persona persona : Persona.values()) {
            if (!persona.signedIn()) {
                continue;
            }
            Arc.container().instance(TestIdentityAssociation.class).get().setTestIdentity(persona.identity());
            for (Route route : RouteTable.all()) {
                Routes.Rule rule = Routes.TABLE.get(route.toString());
                if (rule == null) {
                    continue;
                }
                Map<String, Map<String, String>> tried = MatrixPaths.recordsFor(rule.need(), route, records, estateIssues);
                for (Map.Entry<String, Map<String, String>> record : tried.entrySet()) {
                    Expected expected = expected(persona, route, rule, record.getKey());
                    Response answer = probe(route, MatrixPaths.fill(route.path(), rule.query(), record.getValue()::get));
                    cells++;
                    if (!expected.matches(route, answer.statusCode())) {
                        String body = answer.asString().replaceAll("(?s).*<title>([^<]*)</title>.*", "$1").replaceAll("\\s+", " ");
                        wrong.add(persona + " " + route + " on " + record.getKey() + ": expected " + expected + ", got "
                                + answer.statusCode() + " " + body.substring(0, Math.min(120, body.length())));
                    }
                }
            }
        }
        assertThat(cells).as("cells tried").isGreaterThan(4000);
        return wrong;
    }

    private enum Expected {
        OK, OPENS, FORBIDDEN, NOT_FOUND, PERMITTED_CHANGE, NOT_REFUSED, SIGNS_OUT, RUNS;

        boolean matches(Route route, int status) {
            return switch (this) {
                // A read may answer with the page itself or send the reader on to the page that shows it (a person: their family).
                case OK -> route.reads() ? status == 200 || status == 303 : refusedAsInvalid(status);
                // A change form for someone who may make the change: shown, or refused because the record's state
                // does not allow that step now (409: a closed case has no consent to amend).
                case OPENS -> route.reads() ? status == 200 || status == 303 || status == 409 : refusedAsInvalid(status);
                case FORBIDDEN -> status == 403;
                case NOT_FOUND -> status == 404;
                case PERMITTED_CHANGE -> refusedAsInvalid(status);
                // A change to a record that does not exist, by someone whose role may make it: anything but a refusal.
                case SIGNS_OUT -> status == 303;
                case RUNS -> status == 303;
                case NOT_REFUSED -> status != 401 && status != 403 && status < 500 && (route.reads() || status >= 400);
            };
        }

        /**
         * A permitted change, probed with an empty form and a version no record has, is refused as invalid, stale or
         * not possible now (400, 409, 415, 422), never saved: a success here would mean the probe changed the record.
         */
        private static boolean refusedAsInvalid(int status) {
            return status >= 400 && status < 500 && status != 401 && status != 403 && status != 404;
        }
    }

    private Expected expected(Persona persona, Route route, Routes.Rule rule, String record) {
        if (rule.need() == Need.PUBLIC) {
            // A public route about a record is probed with one that does not exist.
            return aboutARecord(route) ? Expected.NOT_FOUND : Expected.OK;
        }
        if (rule.need() == Need.CLIENT_KEY) {
            return Expected.FORBIDDEN;
        }
        if (rule.need() == Need.SIGN_OUT) {
            return Expected.SIGNS_OUT;
        }
        if (persona == Persona.LEAVER || !persona.hasAny(rule.roles())) {
            return Expected.FORBIDDEN;
        }
        Sight sight = switch (rule.need()) {
            case CASE_READ, CASE_CHANGE, CASE_ACTION, CASE_REASSIGN, CASE_NOTE, NOTE_EDIT -> NeedToKnow.of(persona, CaseRecord.valueOf(record));
            case FAMILY_READ, FAMILY_CHANGE -> NeedToKnow.of(persona, FamilyRecord.valueOf(record));
            // A document is tried on one kept on each case (CASE_<record>) and on each family (FAMILY_<record>).
            case DOCUMENT_READ -> record.startsWith("CASE_") ? NeedToKnow.of(persona, CaseRecord.valueOf(record.substring(5)))
                    : NeedToKnow.of(persona, FamilyRecord.valueOf(record.substring(7)));
            case MEETING_READ, ITEM_READ -> NeedToKnow.of(persona, PanelRecord.valueOf(record));
            case FUND_READ, GRANT_READ -> NeedToKnow.of(persona, GrantRecord.valueOf(record));
            case ESTATE_READ, ESTATE_CHANGE -> NeedToKnow.of(persona, NeedToKnow.EstateRecord.valueOf(record));
            case ENGAGEMENT_READ, ENGAGEMENT_CHANGE -> NeedToKnow.of(persona, EngagementRecord.valueOf(record));
            case REPORT_READ -> NeedToKnow.of(persona, NeedToKnow.ReportRecord.valueOf(record));
            case PASSED_ON_READ -> NeedToKnow.of(persona, NeedToKnow.PassedOnRecord.valueOf(record));
            case CASE_REVIEW -> NeedToKnow.of(persona, NeedToKnow.ReviewRecord.valueOf(record));
            default -> null;
        };
        return switch (rule.need()) {
            case PUBLIC -> Expected.OK;
            case CLIENT_KEY -> Expected.FORBIDDEN;
            case SIGN_OUT -> Expected.SIGNS_OUT;
            case RUN_NOW -> Expected.RUNS;
            // Routes decided by role alone are probed with records that do not exist where they take one.
            case ROLE -> !route.path().contains("{") || route.path().equals("/assets/{file}") ? Expected.OK
                    : route.reads() ? Expected.NOT_FOUND : Expected.NOT_REFUSED;
            // Someone who may only know a case exists is told who holds it (403 naming the service), no more.
            case MEETING_READ, ITEM_READ, FUND_READ, GRANT_READ, ENGAGEMENT_READ, PASSED_ON_READ, REPORT_READ -> sight.reads() ? Expected.OK : Expected.NOT_FOUND;
            case ENGAGEMENT_CHANGE -> sight == Sight.CHANGE ? Expected.OPENS : sight.reads() ? Expected.FORBIDDEN : Expected.NOT_FOUND;
            case CASE_REVIEW -> sight == Sight.CHANGE ? Expected.OPENS : Expected.NOT_FOUND;
            // The matrix's reports went to the police and housing, not to early help: none becomes a request for support.
            case PASSED_ON_REFERRAL -> Expected.NOT_FOUND;
            case CASE_READ, FAMILY_READ, DOCUMENT_READ -> sight.reads() ? Expected.OK : sight == Sight.FLAG ? Expected.FORBIDDEN : Expected.NOT_FOUND;
            case CASE_CHANGE, FAMILY_CHANGE -> sight == Sight.CHANGE ? Expected.OPENS
                    : sight.reads() || sight == Sight.FLAG ? Expected.FORBIDDEN : Expected.NOT_FOUND;
            case CASE_REASSIGN -> sight == Sight.CHANGE && persona.roles.contains(org.placeworks.identity.Roles.MANAGER)
                    ? Expected.OPENS : sight.reads() || sight == Sight.FLAG ? Expected.FORBIDDEN : Expected.NOT_FOUND;
            // The action tried is the Team member's own: anyone else on the Team may read it, not update it.
            case CASE_ACTION -> sight == Sight.CHANGE || sight == Sight.OWN_ACTIONS && persona == Persona.TEAM_MEMBER ? Expected.OK
                    : sight.reads() ? Expected.FORBIDDEN : Expected.NOT_FOUND;
            case CASE_NOTE -> sight == Sight.CHANGE || sight == Sight.OWN_ACTIONS ? Expected.OPENS
                    : sight.reads() || sight == Sight.FLAG ? Expected.FORBIDDEN : Expected.NOT_FOUND;
            // The note tried is the Team member's own: everyone else who may see the case is refused.
            case NOTE_EDIT -> sight == Sight.OWN_ACTIONS && persona == Persona.TEAM_MEMBER ? Expected.OPENS
                    : sight.reads() || sight == Sight.FLAG ? Expected.FORBIDDEN : Expected.NOT_FOUND;
            // Estate records: 404 outside the gate, 403 on a change for a manager who only reads.
            case ESTATE_READ -> sight.reads() ? Expected.OK : Expected.NOT_FOUND;
            case ESTATE_CHANGE -> sight == Sight.CHANGE ? Expected.OPENS : sight.reads() ? Expected.FORBIDDEN : Expected.NOT_FOUND;
        };
    }

    /** Whether a route names a record in its path (the assets' {file} names a file that is there). */
    private static boolean aboutARecord(Route route) {
        return route.path().contains("{") && !route.path().equals("/assets/{file}");
    }

    /** A CSRF token as a browser holds one: the cookie a form page set, sent back with the same value in the form. */
    private String csrf;

    private Response probe(Route route, String path) {
        RequestSpecification request = given().redirects().follow(false);
        if (!route.reads()) {
            if (route.consumes().startsWith("multipart/")) {
                request = request.cookie(CSRF, csrf).multiPart(CSRF, csrf).multiPart("version", "999999");
            } else if (route.consumes().equals("application/json")) {
                request = request.contentType(ContentType.JSON).body("{}");
            } else if (!route.consumes().equals("application/x-www-form-urlencoded")) {
                request = request.contentType(route.consumes()).body("");
            } else {
                request = request.cookie(CSRF, csrf).contentType(ContentType.URLENC).formParam(CSRF, csrf)
                        .formParam("version", "999999");
            }
        }
        return request.request(route.method(), path);
    }
}
