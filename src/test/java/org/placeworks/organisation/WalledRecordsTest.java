package org.placeworks.organisation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.placeworks.testsupport.WallProbe.asOwner;
import static org.placeworks.testsupport.WallProbe.asTheRequest;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.placeworks.geography.AreaView;
import org.placeworks.geography.Places;
import org.placeworks.intelligence.NewReport;
import org.placeworks.intelligence.ReportCategory;
import org.placeworks.intelligence.ReportLocation;
import org.placeworks.intelligence.Reports;
import org.placeworks.intelligence.Victim;
import org.placeworks.intelligence.internal.CountedComplaintRepository;
import org.placeworks.testsupport.WallProbe;

/**
 * PostgreSQL's wall (V46, V47) beyond the family and case tables, on the demo town: a query that forgets every rule,
 * run as a request would run it, gets confidential reports only as an intelligence officer (or the service a report was
 * passed on to), subject access requests only as the data protection officer, estate issues (which hold their
 * reporters' contact details) only as estate staff, a panel's items and a fund's grant requests only as their
 * panel, their service or the case's own workers, ASB case review applications and the Community Trigger's counted
 * complaints only as an intelligence officer or manager on whose ground they are (the counts themselves are whole), a document's bytes only where its record passes, and an answer kept for a
 * repeated request only as its sender. Each test also asks the gate's own
 * pages, so that the wall is shown never to hide what a rule shows.
 */
@QuarkusTest
class WalledRecordsTest {

    @Inject
    Reports reports;

    @Inject
    Places places;

    /**
     * A school nurse made for these tests: School Nursing Southbank only, on no panel, no fund's service. Every demo
     * user sits on the panel or covers the whole town, so none of them can show what the wall refuses.
     */
    private static final String SOUTHBANK_ONLY = "walled-southbank-nurse";

    /** A manager made for these tests in no service yet (just appointed): their ground holds no place. */
    private static final String NO_GROUND = "walled-new-manager";

    @BeforeAll
    static void membersOfStaffWithLittleOrNoGround() throws SQLException {
        try (Connection owner = WallProbe.ownerConnection();
                PreparedStatement add = owner.prepareStatement("insert into staff_member (id, username, given_name, family_name, email)"
                        + " select ?, ?, 'Sam', 'Walled', ? || '@eastmoor.example' where not exists (select 1 from staff_member where username = ?)");
                PreparedStatement join = owner.prepareStatement("insert into staff_membership (staff_id, service_id)"
                        + " select s.id, v.id from staff_member s, service v where s.username = ? and v.name = 'School Nursing Southbank'"
                        + " on conflict do nothing")) {
            for (String username : new String[] { SOUTHBANK_ONLY, NO_GROUND }) {
                add.setObject(1, UUID.randomUUID());
                add.setString(2, username);
                add.setString(3, username);
                add.setString(4, username);
                add.executeUpdate();
            }
            join.setString(1, SOUTHBANK_ONLY);
            join.executeUpdate();
        }
    }

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
        assertThat(asTheRequest("select id from grant_ledger_entry")).isNotEmpty().containsAll(asOwner("select e.id from"
                + " grant_ledger_entry e join grant_fund f on f.id = e.fund_id join staff_membership sm on sm.service_id = f.service_id"
                + " join staff_member s on s.id = sm.staff_id where s.username = 'finance'"));
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
    @TestSecurity(user = SOUTHBANK_ONLY, roles = "intelligence-officer")
    void anIntelligenceOfficerWithPartOfTheTownReadsExactlyTheReportsOnTheirGround() {
        // The demo town's reports all lie in or near Southbank, or outside the area: one in Northgate, as a resident makes it.
        UUID northgate = places.areas().stream().filter(a -> a.name().equals("Northgate Fields")).map(AreaView::id)
                .findFirst().orElseThrow();
        reports.submitPublic(new NewReport(ReportCategory.ANTI_SOCIAL_BEHAVIOUR, "Fireworks let off at the bus shelter.",
                LocalDate.now().minusDays(1), null, ReportLocation.area(northgate, "The bus shelter"), Victim.NO, null));
        String ground = ground();
        Set<UUID> expected = asOwner("select r.id from intel_report r, " + ground + " where r.outside_area"
                + " or r.neighbourhood_id = any (g.neighbourhoods) or r.estate_id = any (g.estates)"
                + " or exists (select 1 from estate_neighbourhood en where en.estate_id = r.estate_id"
                + "            and en.neighbourhood_id = any (g.neighbourhoods))"
                + " union select d.report_id from intel_dissemination d, " + ground + " where d.service_id = any (g.services)");
        assertThat(expected).as("reports on the Southbank nurse's ground").isNotEmpty()
                .hasSizeLessThan(asOwner("select id from intel_report").size());
        assertThat(asTheRequest("select id from intel_report")).isEqualTo(expected);
    }

    @Test
    @TestSecurity(user = SOUTHBANK_ONLY, roles = "estate-officer")
    void anEstateOfficerWithPartOfTheTownReadsExactlyTheIssuesOnTheirGround() {
        String ground = ground();
        Set<UUID> expected = asOwner("select i.id from estate_issue i, " + ground + " where i.owning_service_id = any (g.services)"
                + " or i.neighbourhood_id = any (g.neighbourhoods) or i.estate_id = any (g.estates)");
        assertThat(expected).as("issues on the Southbank nurse's ground").isNotEmpty()
                .hasSizeLessThan(asOwner("select id from estate_issue").size());
        assertThat(asTheRequest("select id from estate_issue")).isEqualTo(expected);
    }

    /** The signed-in person's ground as the wall is given it, as a row {@code g} to read it by, in SQL. */
    private static String ground() {
        return "(select '" + array(asTheRequest("select unnest(current_setting('placeworks.services')::uuid[])"))
                + "'::uuid[] as services, '" + array(asTheRequest("select unnest(current_setting('placeworks.neighbourhoods')::uuid[])"))
                + "'::uuid[] as neighbourhoods, '" + array(asTheRequest("select unnest(current_setting('placeworks.estates')::uuid[])"))
                + "'::uuid[] as estates) g";
    }

    private static String array(Set<UUID> ids) {
        return "{" + String.join(",", ids.stream().map(UUID::toString).toList()) + "}";
    }

    @Test
    @TestSecurity(user = "frontline", roles = { "frontline", "lead-professional" })
    void aFamilySupportWorkerReadsNoEstateIssueAndSoNoReportersContactDetails() {
        assertThat(asOwner("select id from estate_issue where reporter_name is not null")).isNotEmpty();
        assertThat(asTheRequest("select id from estate_issue")).isEmpty();
        assertThat(asTheRequest("select issue_id from estate_issue_event")).isEmpty();
    }

    @Test
    @TestSecurity(user = SOUTHBANK_ONLY, roles = { "frontline", "lead-professional" })
    void aPanelsItemsAreRefusedToSomeoneNotOnItExceptForTheCasesTheySee() {
        Set<UUID> ofTheirCases = asTheRequest("select x.id from panel_item x join caf_case c on c.id = x.case_id");
        assertThat(asTheRequest("select id from panel_item")).isEqualTo(ofTheirCases);
        assertThat(asOwner("select id from panel_item")).hasSizeGreaterThan(ofTheirCases.size());
        assertThat(asTheRequest("select id from panel_minutes_revision")).isEmpty();
        assertThat(asOwner("select id from panel_minutes_revision")).isNotEmpty();
    }

    @Test
    @TestSecurity(user = SOUTHBANK_ONLY, roles = { "frontline", "lead-professional" })
    void grantRequestsAreRefusedToSomeoneOutsideTheFundExceptForTheFamiliesTheySeeAndTheFundsLedgerToo() throws SQLException {
        // The demo town asks no fund for a family the nurse sees: a request on one of theirs, to another service's fund.
        UUID request = UUID.randomUUID();
        Set<UUID> theirFamilies = asTheRequest("select id from family");
        try (Connection owner = WallProbe.ownerConnection()) {
            try (PreparedStatement ask = owner.prepareStatement("insert into grant_request (id, fund_id, case_id, family_id,"
                    + " need_id, item, category, amount_pence, cannot_pay_evidence, other_sources_tried, status, requested_by,"
                    + " requested_at) select ?, (select id from grant_fund order by name limit 1), c.id, c.family_id, n.id,"
                    + " 'School shoes', 'CLOTHING', 3500, 'Universal Credit statement', 'Uniform bank', 'AWAITING_DECISION',"
                    + " 'walled-southbank-nurse', now() from caf_case c join caf_need n on n.case_id = c.id"
                    + " where c.family_id = any (?) order by c.id, n.id limit 1")) {
                ask.setObject(1, request);
                ask.setArray(2, owner.createArrayOf("uuid", theirFamilies.toArray()));
                assertThat(ask.executeUpdate()).isOne();
            }
            try {
                assertThat(asOwner("select r.id from grant_request r join grant_fund f on f.id = r.fund_id"
                        + " join service v on v.id = f.service_id where v.name = 'School Nursing Southbank'")).isEmpty();
                Set<UUID> ofTheirFamilies = new HashSet<>();
                try (PreparedStatement read = owner.prepareStatement("select id from grant_request where family_id = any (?)")) {
                    read.setArray(1, owner.createArrayOf("uuid", theirFamilies.toArray()));
                    try (var rows = read.executeQuery()) {
                        while (rows.next()) {
                            ofTheirFamilies.add(rows.getObject(1, UUID.class));
                        }
                    }
                }
                assertThat(ofTheirFamilies).contains(request);
                theNurseReadsTheRequestsOfTheirFamiliesOnly(ofTheirFamilies);
            } finally {
                try (PreparedStatement withdraw = owner.prepareStatement("delete from grant_request where id = ?")) {
                    withdraw.setObject(1, request);
                    withdraw.executeUpdate();
                }
            }
        }
    }

    private static void theNurseReadsTheRequestsOfTheirFamiliesOnly(Set<UUID> ofTheirFamilies) {
        assertThat(asTheRequest("select id from grant_request")).isEqualTo(ofTheirFamilies);
        assertThat(asOwner("select id from grant_request")).hasSizeGreaterThan(ofTheirFamilies.size());
        assertThat(asTheRequest("select request_id from grant_payment")).isSubsetOf(ofTheirFamilies);
        assertThat(asOwner("select request_id from grant_payment")).isNotEmpty();
        assertThat(asOwner("select id from grant_ledger_entry where request_id is not null")).isNotEmpty();
        assertThat(asTheRequest("select id from grant_ledger_entry")).isEmpty();
    }

    @Test
    @TestSecurity(user = SOUTHBANK_ONLY, roles = { "frontline", "lead-professional" })
    void aDocumentsBytesPassOnlyWhereItsRecordDoes() {
        Set<UUID> kept = asOwner("select distinct document_id from document_chunk");
        Set<UUID> theirs = new HashSet<>(kept);
        theirs.retainAll(asTheRequest("select id from document"));
        assertThat(kept).hasSizeGreaterThan(theirs.size());
        assertThat(asTheRequest("select document_id from document_chunk")).isEqualTo(theirs);
    }

    @Test
    @TestSecurity(user = "frontline", roles = { "frontline", "lead-professional" })
    void caseReviewApplicationsAndTriggerCountsAreRefusedToAFamilySupportWorker() {
        assertThat(asOwner("select id from intel_case_review")).isNotEmpty();
        assertThat(asTheRequest("select id from intel_case_review")).isEmpty();
        assertThat(asTheRequest("select review_id from intel_case_review_report")).isEmpty();
        assertThat(asOwner("select report_id from intel_trigger_complaint where location_label is not null")).isNotEmpty();
        assertThat(asTheRequest("select report_id from intel_trigger_complaint")).isEmpty();
        assertThat(asOwner("select id from intel_trigger_alert")).isNotEmpty();
        assertThat(asTheRequest("select id from intel_trigger_alert")).isEmpty();
    }

    @Test
    void aResidentsReportIsCountedAgainstEveryComplaintAboutThePlaceThoughTheWallHidesThemAll() {
        String place = asOwnerText("select location_key from intel_trigger_complaint where qualifying and location_key is not null"
                + " group by location_key order by count(*) desc, location_key limit 1");
        int whole = asOwnerInt("select count(*)::int from intel_trigger_complaint where qualifying and location_key = '" + place + "'");
        assertThat(whole).isGreaterThan(1);
        assertThat(asTheRequest("select report_id from intel_trigger_complaint")).isEmpty();
        CountedComplaintRepository complaints = Arc.container().instance(CountedComplaintRepository.class).get();
        long counted = WallProbe.inTheRequest(() -> QuarkusTransaction.requiringNew().call(
                () -> complaints.countQualifying(place, LocalDate.of(2000, 1, 1), LocalDate.of(2100, 1, 1))));
        assertThat(counted).isEqualTo(whole);
    }

    @Test
    @TestSecurity(user = "intel", roles = "intelligence-officer")
    void theIntelligenceOfficerReadsTheCaseReviewsTheirPagesOpen() {
        Set<UUID> opened = new HashSet<>();
        for (UUID review : asOwner("select id from intel_case_review")) {
            if (given().get("/intelligence/case-reviews/" + review).statusCode() == 200) {
                opened.add(review);
            }
        }
        assertThat(opened).isNotEmpty();
        assertThat(asTheRequest("select id from intel_case_review")).containsAll(opened);
        assertThat(asTheRequest("select review_id from intel_case_review_report")).containsAll(opened);
    }

    @Test
    @TestSecurity(user = NO_GROUND, roles = "manager")
    void aManagerWhoseGroundHoldsNoReviewSeesNoneButTheWholeAreasFigures() {
        assertThat(asOwner("select id from intel_case_review")).isNotEmpty();
        assertThat(asTheRequest("select id from intel_case_review")).isEmpty();
        assertThat(asTheRequest("select report_id from intel_trigger_complaint")).isEmpty();
        int year = asOwnerInt("select extract(year from max(received_on))::int from intel_case_review");
        int received = asOwnerInt("select count(*)::int from intel_case_review where extract(year from received_on) = " + year);
        String csv = given().get("/intelligence/case-reviews/figures.csv?basis=calendar&year=" + year).then().statusCode(200)
                .extract().asString();
        assertThat(received).isPositive();
        assertThat(csv.lines().skip(1).findFirst().orElseThrow().split(",")[3]).isEqualTo(String.valueOf(received));
    }

    @Test
    @TestSecurity(user = "frontline", roles = { "frontline", "lead-professional" })
    void anAnswerKeptForARepeatedRequestIsItsSendersAlone() throws SQLException {
        UUID mine = UUID.randomUUID();
        UUID theirs = UUID.randomUUID();
        UUID residents = UUID.randomUUID();
        keep("frontline", mine);
        keep("frontline2", theirs);
        keep("anonymous", residents);
        Set<UUID> seen = asTheRequest("select idempotency_key::uuid from idempotent_request where idempotency_key in ('"
                + mine + "', '" + theirs + "', '" + residents + "')");
        assertThat(seen).containsExactly(mine);
    }

    @Test
    void anAnswerKeptForSomeoneNotSignedInIsForNobodySignedIn() throws SQLException {
        UUID residents = UUID.randomUUID();
        UUID staffs = UUID.randomUUID();
        keep("anonymous", residents);
        keep("frontline", staffs);
        assertThat(asTheRequest("select idempotency_key::uuid from idempotent_request where idempotency_key in ('"
                + residents + "', '" + staffs + "')")).containsExactly(residents);
    }

    private static void keep(String staff, UUID key) throws SQLException {
        try (Connection owner = WallProbe.ownerConnection();
                PreparedStatement add = owner.prepareStatement("insert into idempotent_request (staff, idempotency_key, method, path,"
                        + " fingerprint, status, body) values (?, ?, 'POST', '/families', 'x', 201, '{\"name\":\"kept\"}')")) {
            add.setString(1, staff);
            add.setString(2, key.toString());
            add.executeUpdate();
        }
    }

    private static String asOwnerText(String sql) {
        try (Connection owner = WallProbe.ownerConnection(); var s = owner.createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int asOwnerInt(String sql) {
        try (Connection owner = WallProbe.ownerConnection(); var s = owner.createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Set<UUID> passedOnTo(String username) {
        return asOwner("select d.report_id from intel_dissemination d join staff_membership sm on sm.service_id = d.service_id"
                + " join staff_member s on s.id = sm.staff_id where s.username = '" + username + "'");
    }

    @Test
    void someoneNotSignedInReadsNoneOfThem() {
        for (String table : new String[] { "intel_report", "intel_reporter", "subject_access_request", "panel_item",
                "grant_request", "caf_team_member", "caf_sign_off", "estate_issue", "intel_case_review", "document_chunk" }) {
            String column = table.equals("intel_reporter") ? "report_id" : table.equals("document_chunk") ? "document_id" : "id";
            assertThat(asTheRequest("select " + column + " from " + table)).as(table).isEmpty();
        }
    }
}
