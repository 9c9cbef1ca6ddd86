package org.placeworks.organisation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.placeworks.testsupport.WallProbe.asOwner;
import static org.placeworks.testsupport.WallProbe.asTheRequest;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL's wall (V46) beyond the family and case tables, on the demo town: a query that forgets every rule, run
 * as a request would run it, gets confidential reports only as an intelligence officer (or the service a report was
 * passed on to), subject access requests only as the data protection officer, estate issues (which hold their
 * reporters' contact details) only as estate staff, and a panel's items and a fund's grant requests only as their
 * panel, their service or the case's own workers. Each test also asks the gate's own
 * pages, so that the wall is shown never to hide what a rule shows.
 */
@QuarkusTest
class WalledRecordsTest {

    @Test
    @TestSecurity(user = "intel", roles = "intelligence-officer")
    void theIntelligenceOfficerReadsReportsOnTheirGroundAndTheWallHidesNoneTheyOpen() {
        Set<UUID> walled = asTheRequest("select id from intel_report");
        Set<UUID> opened = new HashSet<>();
        for (UUID report : asOwner("select id from intel_report")) {
            if (given().get("/intelligence/reports/" + report).statusCode() == 200) {
                opened.add(report);
            }
        }
        assertThat(opened).isNotEmpty();
        assertThat(walled).containsAll(opened);
        assertThat(asTheRequest("select report_id from intel_reporter")).isNotEmpty();
    }

    @Test
    @TestSecurity(user = "frontline", roles = { "frontline", "lead-professional" })
    void aFamilySupportWorkerCoveringTheWholeTownReadsOnlyReportsPassedOnToTheirService() {
        Set<UUID> passedOn = passedOnTo("frontline");
        assertThat(asOwner("select id from intel_report")).hasSizeGreaterThan(passedOn.size());
        assertThat(asTheRequest("select id from intel_report")).isEqualTo(passedOn);
        assertThat(asTheRequest("select report_id from intel_reporter")).isSubsetOf(passedOn);
        assertThat(asTheRequest("select report_id from intel_report_addition")).isSubsetOf(passedOn);
        assertThat(asTheRequest("select report_id from intel_triage")).isSubsetOf(passedOn);
    }

    @Test
    @TestSecurity(user = "estate", roles = "estate-officer")
    void theServiceAReportWasPassedOnToReadsThatReportAndNoOther() {
        Set<UUID> passedOn = passedOnTo("estate");
        assertThat(passedOn).isNotEmpty();
        assertThat(asTheRequest("select id from intel_report")).isEqualTo(passedOn);
        assertThat(asTheRequest("select report_id from intel_reporter")).isSubsetOf(passedOn);
    }

    @Test
    @TestSecurity(user = "manager", roles = "manager")
    void subjectAccessRequestsAreForTheDataProtectionOfficerAlone() {
        assertThat(asOwner("select id from subject_access_request")).isNotEmpty();
        assertThat(asTheRequest("select id from subject_access_request")).isEmpty();
        assertThat(asTheRequest("select request_id from subject_access_event")).isEmpty();
    }

    @Test
    @TestSecurity(user = "dpo", roles = "dpo")
    void theDataProtectionOfficerReadsEverySubjectAccessRequest() {
        assertThat(asTheRequest("select id from subject_access_request"))
                .isNotEmpty().isEqualTo(asOwner("select id from subject_access_request"));
    }

    @Test
    @TestSecurity(user = "intel", roles = "intelligence-officer")
    void aPanelsItemsAreForThoseWhoSitOnItOrSeeTheCaseAndItsMinutesForThoseWhoSitOnIt() {
        String sitsOn = " join panel_meeting m on m.id = x.meeting_id join panel p on p.id = m.panel_id join staff_member s"
                + " on s.username = 'intel' where s.id in (p.chair_staff_id, p.deputy_chair_staff_id) or exists (select 1"
                + " from panel_member pm where pm.panel_id = p.id and s.id in (pm.member_staff_id, pm.deputy_staff_id))";
        Set<UUID> expected = new HashSet<>(asOwner("select x.id from panel_item x" + sitsOn));
        // The case's family passes the family wall (V44, tested in RowWallTest) for anyone whose services cover it.
        expected.addAll(asTheRequest("select x.id from panel_item x join caf_case c on c.id = x.case_id"));
        assertThat(asOwner("select id from panel_item")).isNotEmpty();
        assertThat(asTheRequest("select id from panel_item")).isEqualTo(expected);
        assertThat(asTheRequest("select id from panel_minutes_revision")).isEqualTo(asOwner("select r.id from"
                + " panel_minutes_revision r join panel_minutes x on x.id = r.minutes_id" + sitsOn));
    }

    @Test
    @TestSecurity(user = "member", roles = "panel-member")
    void aPanelMemberReadsTheItemsOfTheirPanelsMeetings() {
        Set<UUID> ofTheirPanel = asOwner("select i.id from panel_item i join panel_meeting m on m.id = i.meeting_id"
                + " join panel_member pm on pm.panel_id = m.panel_id join staff_member s on s.id in (pm.member_staff_id, pm.deputy_staff_id)"
                + " where s.username = 'member'");
        assertThat(ofTheirPanel).isNotEmpty();
        assertThat(asTheRequest("select id from panel_item")).containsAll(ofTheirPanel);
    }

    @Test
    @TestSecurity(user = "finance", roles = "finance")
    void aFinanceOfficerReadsTheRequestsAndPaymentsOfTheirServicesFunds() {
        Set<UUID> ofTheirFunds = asOwner("select r.id from grant_request r join grant_fund f on f.id = r.fund_id"
                + " join staff_membership sm on sm.service_id = f.service_id join staff_member s on s.id = sm.staff_id"
                + " where s.username = 'finance'");
        assertThat(ofTheirFunds).isNotEmpty();
        // Wider too where their services' ground holds the family: the wall is never narrower than the fund's rule.
        assertThat(asTheRequest("select id from grant_request")).containsAll(ofTheirFunds);
        assertThat(asTheRequest("select request_id from grant_payment")).containsAll(asOwner("select p.request_id from"
                + " grant_payment p join grant_request r on r.id = p.request_id join grant_fund f on f.id = r.fund_id"
                + " join staff_membership sm on sm.service_id = f.service_id join staff_member s on s.id = sm.staff_id"
                + " where s.username = 'finance'"));
    }

    @Test
    @TestSecurity(user = "estate", roles = "estate-officer")
    void theEstateOfficerReadsTheIssuesTheirPagesOpenAndTheWallHidesNone() {
        Set<UUID> walled = asTheRequest("select id from estate_issue");
        Set<UUID> opened = new HashSet<>();
        for (UUID issue : asOwner("select id from estate_issue")) {
            if (given().get("/estate/issues/" + issue).statusCode() == 200) {
                opened.add(issue);
            }
        }
        assertThat(opened).isNotEmpty();
        assertThat(walled).containsAll(opened);
        assertThat(asTheRequest("select issue_id from estate_issue_event")).containsAll(opened);
    }

    @Test
    @TestSecurity(user = "frontline", roles = { "frontline", "lead-professional" })
    void aFamilySupportWorkerReadsNoEstateIssueAndSoNoReportersContactDetails() {
        assertThat(asOwner("select id from estate_issue where reporter_name is not null")).isNotEmpty();
        assertThat(asTheRequest("select id from estate_issue")).isEmpty();
        assertThat(asTheRequest("select issue_id from estate_issue_event")).isEmpty();
    }

    private static Set<UUID> passedOnTo(String username) {
        return asOwner("select d.report_id from intel_dissemination d join staff_membership sm on sm.service_id = d.service_id"
                + " join staff_member s on s.id = sm.staff_id where s.username = '" + username + "'");
    }

    @Test
    void someoneNotSignedInReadsNoneOfThem() {
        for (String table : new String[] { "intel_report", "intel_reporter", "subject_access_request", "panel_item",
                "grant_request", "caf_team_member", "caf_sign_off", "estate_issue" }) {
            String column = table.equals("intel_reporter") ? "report_id" : "id";
            assertThat(asTheRequest("select " + column + " from " + table)).as(table).isEmpty();
        }
    }
}
