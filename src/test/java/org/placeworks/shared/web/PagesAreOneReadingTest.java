package org.placeworks.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.placeworks.testsupport.Statements;

/**
 * Each page a role opens from the navigation reads as one reading: at most one connection from the pool beside the
 * request's ground (what {@code /api/v1/me}, which reads nothing more, takes), one transaction, one setting of the
 * database's wall. A page whose parts each ran in a transaction of their own took a connection for each, and set the
 * wall's ground for each: the panels' list took 21, the grants' 24-26, the staff list 44.
 */
@QuarkusTest
class PagesAreOneReadingTest {

    @Test
    @TestSecurity(user = "frontline", roles = {"frontline", "lead-professional"})
    void aFrontlineWorkersPages() {
        atMostOneReading(List.of("/", "/cases", "/cases/transfers", "/families?name=smith", "/break-glass", "/sustainment-checks",
                "/intelligence/passed-on", "/coverage"));
    }

    @Test
    @TestSecurity(user = "chair", roles = {"panel-chair", "panel-member", "lead-professional"})
    void aPanelChairsPages() {
        atMostOneReading(List.of("/panel", "/panel/actions", "/grants", "/cases/reminders"));
    }

    @Test
    @TestSecurity(user = "manager", roles = "manager")
    void aManagersPages() {
        atMostOneReading(List.of("/cases?scope=all", "/panel", "/grants", "/estate/issues", "/estate/engagement", "/estate/my-actions",
                "/intelligence/community-trigger", "/intelligence/case-reviews", "/insight/caseload", "/insight/sustainment",
                "/insight/cost-avoidance", "/panel/actions", "/break-glass-reviews", "/cases/sign-off"));
    }

    @Test
    @TestSecurity(user = "estate", roles = "estate-officer")
    void anEstateOfficersPages() {
        atMostOneReading(List.of("/estate/issues", "/estate/issues/new", "/estate/engagement", "/estate/my-actions"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void anAdministratorsPages() {
        atMostOneReading(List.of("/admin/staff", "/admin/services", "/admin/strands", "/admin/addresses", "/admin/areas",
                "/admin/agencies", "/admin/estate-categories", "/admin/open311-keys", "/admin/audit"));
    }

    @Test
    @TestSecurity(user = "dpo", roles = "dpo")
    void aDataProtectionOfficersPages() {
        atMostOneReading(List.of("/break-glass-reviews", "/subject-access", "/retention", "/admin/audit"));
    }

    @Test
    @TestSecurity(user = "intel", roles = "intelligence-officer")
    void anIntelligenceOfficersPages() {
        atMostOneReading(List.of("/intelligence/reports", "/intelligence/case-reviews", "/intelligence/community-trigger"));
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
