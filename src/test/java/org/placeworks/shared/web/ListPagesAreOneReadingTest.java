package org.placeworks.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.placeworks.testsupport.Statements;

/**
 * Each list page a role opens every day reads as one reading: at most one connection from the pool beside the
 * request's ground (what {@code /api/v1/me}, which reads nothing more, takes), one transaction, one setting of the
 * database's wall. A page whose parts each ran in a transaction of their own took a connection for each, and set the
 * wall's ground for each: the panels' list took 21, the grants' 24-26.
 */
@QuarkusTest
class ListPagesAreOneReadingTest {

    @Test
    @TestSecurity(user = "frontline", roles = {"frontline", "lead-professional"})
    void aFrontlineWorkersPages() {
        atMostOneReading(List.of("/", "/cases", "/cases/transfers", "/families?name=smith", "/break-glass", "/sustainment-checks",
                "/intelligence/passed-on", "/coverage"));
    }

    @Test
    @TestSecurity(user = "chair", roles = {"panel-chair", "panel-member", "lead-professional"})
    void aPanelChairsPages() {
        atMostOneReading(List.of("/panel", "/grants"));
    }

    @Test
    @TestSecurity(user = "manager", roles = "manager")
    void aManagersPages() {
        atMostOneReading(List.of("/cases?scope=all", "/panel", "/grants", "/estate/issues", "/estate/engagement", "/estate/my-actions",
                "/intelligence/community-trigger", "/insight/caseload"));
    }

    @Test
    @TestSecurity(user = "intel", roles = "intelligence-officer")
    void anIntelligenceOfficersPages() {
        atMostOneReading(List.of("/intelligence/reports"));
    }

    private static void atMostOneReading(List<String> paths) {
        long ground = Statements.connectionsOfGet("/api/v1/me");
        assertThat(ground).as("the request's ground").isPositive();
        SoftAssertions pages = new SoftAssertions();
        for (String path : paths) {
            pages.assertThat(Statements.connectionsOfGet(path)).as(path + ": connections taken beside the ground's")
                    .isLessThanOrEqualTo(ground + 1);
        }
        pages.assertAll();
    }
}
