package org.placeworks.panel;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.placeworks.organisation.Thornbury;

/**
 * The speed of the agenda page and the minutes PDF with 40 items. Not part of the normal run:
 * {@code ./mvnw -B -q test -Dtest=AgendaBenchmarkTest -Dplaceworks.bench=true}; results are printed
 * and recorded in docs/performance.md. No timing is asserted.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "placeworks.bench", matches = "true")
class AgendaBenchmarkTest {

    @Inject
    PanelFixtures fixtures;

    @Inject
    Thornbury thornbury;

    @Inject
    EntityManager em;

    @Test
    @TestSecurity(user = "chair", roles = {"panel-chair", "panel-member", "lead-professional"})
    void agendaAndMinutesWithFortyItems() {
        UUID meeting = AgendaStatementCountTest.closedMeetingWith(fixtures, thornbury, em, 40);
        report("agenda page, 40 items", "/panel/meetings/" + meeting, 50, 200);
        report("minutes PDF, 40 items", "/panel/meetings/" + meeting + "/minutes.pdf", 5, 30);
    }

    private static void report(String what, String path, int warmUp, int runs) {
        for (int i = 0; i < warmUp; i++) {
            given().get(path).then().statusCode(200);
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            given().get(path).then().statusCode(200);
            ms[i] = (System.nanoTime() - start) / 1_000_000.0;
        }
        Arrays.sort(ms);
        System.out.printf("BENCH %s: median %.1f ms, p95 %.1f ms, max %.1f ms over %d requests%n", what, ms[runs / 2],
                ms[(int) Math.ceil(runs * 0.95) - 1], ms[runs - 1], runs);
    }
}
