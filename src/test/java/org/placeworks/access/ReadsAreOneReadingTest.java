package org.placeworks.access;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestIdentityAssociation;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.placeworks.access.RouteTable.Route;

/**
 * Every page and API read the application serves is one reading: at most one connection from the pool beside what
 * the request's ground takes (what {@code /api/v1/me}, which reads nothing more, takes for the same person), so one
 * transaction and one setting of the database's wall. Each route is measured on the first person and record of the
 * access matrix it shows (200), from the route table, so a new page is measured the moment it is written.
 */
@QuarkusTest
class ReadsAreOneReadingTest {

    /**
     * Connections taken by what is streamed as it is sent, after the method has returned: the case list's rows are read
     * in a reading of their own, 1,000 at a time; a document's bytes are read from the store a chunk at a time (the
     * matrix's documents are one chunk: one read for it, one to find there is no more).
     */
    private static final Map<String, Integer> STREAMED = Map.of("GET /cases.csv", 1, "GET /documents/{id}/download", 2,
            "GET /api/v1/documents/{id}/content", 2);

    @Inject
    MatrixPeople people;

    @Inject
    AgroalDataSource pool;

    /** The annotation only switches the test identity on; each person is then put in its place in turn. */
    @Test
    @TestSecurity(user = "frontline", roles = "frontline")
    void everyReadIsOneReading() {
        MatrixPeople.Records records = people.setUp();
        try {
            List<String> measured = new ArrayList<>();
            List<String> more = new ArrayList<>();
            Map<Persona, Long> grounds = new EnumMap<>(Persona.class);
            Map<String, Map<String, String>> estateIssues = people.estateIssues();
            for (Route route : RouteTable.all()) {
                Routes.Rule rule = Routes.TABLE.get(route.toString());
                if (!route.reads() || rule == null) {
                    continue;
                }
                Map<String, Map<String, String>> tried = MatrixPaths.recordsFor(rule.need(), route, records, estateIssues);
                shown:
                for (Persona persona : Persona.values()) {
                    if (!persona.signedIn() || persona == Persona.LEAVER) {
                        continue;
                    }
                    as(persona);
                    for (Map<String, String> record : tried.values()) {
                        String path = MatrixPaths.fill(route.path(), rule.query(), record::get);
                        if (given().redirects().follow(false).get(path).statusCode() != 200) {
                            continue;
                        }
                        long ground = grounds.computeIfAbsent(persona, p -> fewestConnectionsOf("/api/v1/me", 0));
                        long allowed = ground + 1 + STREAMED.getOrDefault(route.toString(), 0);
                        long taken = fewestConnectionsOf(path, allowed);
                        measured.add(route.toString());
                        if (taken > allowed) {
                            more.add(route + " as " + persona + ": " + taken + " connections, the ground " + ground);
                        }
                        break shown;
                    }
                }
            }
            assertThat(measured).as("reads shown to someone and measured").hasSizeGreaterThan(150);
            assertThat(more).as("reads taking more than one connection beside the request's ground").isEmpty();
        } finally {
            people.putBack();
        }
    }

    private static void as(Persona persona) {
        Arc.container().instance(TestIdentityAssociation.class).get().setTestIdentity(persona.identity());
    }

    /**
     * The fewest connections a GET of {@code path} took in up to three tries, stopping at one within {@code allowed}: the
     * pool's count also moves when a scheduled job checks a connection out meanwhile, which only ever adds.
     */
    private long fewestConnectionsOf(String path, long allowed) {
        long fewest = Long.MAX_VALUE;
        for (int i = 0; i < 3 && fewest > allowed; i++) {
            fewest = Math.min(fewest, connectionsOf(path));
        }
        return fewest;
    }

    /** Connections a second GET of {@code path} takes from the pool (the first may load what an instance keeps). */
    private long connectionsOf(String path) {
        given().redirects().follow(false).get(path).then().statusCode(200);
        long before = pool.getMetrics().acquireCount();
        given().redirects().follow(false).get(path).then().statusCode(200);
        return pool.getMetrics().acquireCount() - before;
    }
}
