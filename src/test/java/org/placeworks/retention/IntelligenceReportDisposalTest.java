package org.placeworks.retention;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.agroal.api.AgroalDataSource;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestIdentityAssociation;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.placeworks.geography.Places;
import org.placeworks.identity.Roles;
import org.placeworks.intelligence.HandlingCode;
import org.placeworks.intelligence.InformationAssessment;
import org.placeworks.intelligence.NewReport;
import org.placeworks.intelligence.PreferredContact;
import org.placeworks.intelligence.ReportCategory;
import org.placeworks.intelligence.ReportChannel;
import org.placeworks.intelligence.ReportLocation;
import org.placeworks.intelligence.ReportReceipt;
import org.placeworks.intelligence.ReportStatus;
import org.placeworks.intelligence.ReporterDetails;
import org.placeworks.intelligence.Reports;
import org.placeworks.intelligence.RouteCommand;
import org.placeworks.intelligence.SourceEvaluation;
import org.placeworks.intelligence.ThornburyPlaces;
import org.placeworks.intelligence.TriageCommand;
import org.placeworks.intelligence.Triages;
import org.placeworks.intelligence.Victim;
import org.placeworks.shared.Today;
import org.placeworks.testsupport.MovableClock;
import org.placeworks.testsupport.RenderedForm;
import org.placeworks.testsupport.SchemaScan;

/**
 * A confidential report goes the whole way (taken by phone with the reporter's details, information added with the
 * receipt code, graded, its reporter revealed to an officer, passed on, linked to an estate issue, closed); six years
 * after it was closed the review lists it, the data protection officer disposes of it through the pages, and then
 * every column of every table (bytea included, for the sealed details) is searched for the report's id, its content,
 * its receipt code and the code's hash, and its reporter's name, email, phone and their keyed hashes and ciphertexts.
 * Nothing is found but the reference on the certificate. Audit entries are kept, as documented.
 */
@QuarkusTest
// On a database of its own: it moves a report through to disposal.
@TestProfile(DisposalLeavesOnlyItsCertificateTest.OwnDatabase.class)
class IntelligenceReportDisposalTest {

    /** 5 Wharf Street, on the Millbrook Estate in Riverside: the intelligence officer's ground holds it. */
    private static final long WHARF_STREET = 100090000175L;
    private static final String NAME = "Ptolemy Ashgrove-Quennell";
    private static final String EMAIL = "p.ashgrove.disposal@example.test";
    private static final String PHONE = "07700 900 614";
    private static final String WHAT = "Someone keeps forcing the bin store door on Wharf Street at night (RD-intel-account)";
    private static final String ADDED = "It is the same grey van each time (RD-intel-addition)";
    private static final String SUMMARY = "The bin store door on Wharf Street is forced at night (RD-intel-summary)";
    private static final Set<String> NOT_SCANNED = Set.of(
            "audit_entry", // append-only by the database's grants; kept for its own rule (docs/data-protection.md)
            "flyway_schema_history");

    @Inject
    Reports reports;

    @Inject
    Triages triages;

    @Inject
    Places places;

    @Inject
    ThornburyPlaces thornbury;

    @Inject
    Today today;

    @Inject
    MovableClock clock;

    @Inject
    TestIdentityAssociation identity;

    @Inject
    AgroalDataSource db;

    @AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    @Test
    @TestSecurity(user = "intel", roles = Roles.INTELLIGENCE_OFFICER)
    void aReportClosedSixYearsAgoIsDisposedOfAndLeavesOnlyItsCertificate() throws Exception {
        clock.moveToNoonToday();
        UUID address = places.addressByUprn(WHARF_STREET).orElseThrow().id();
        ReportReceipt receipt = reports.submitByStaff(new NewReport(ReportCategory.ANTI_SOCIAL_BEHAVIOUR, WHAT, today.date().minusDays(1),
                null, ReportLocation.address(address, "The bin store"), Victim.YES,
                new ReporterDetails(NAME, EMAIL, PHONE, PreferredContact.EMAIL)), ReportChannel.PHONE);
        UUID id = receipt.reportId();
        assertThat(reports.addInformationByReceipt(receipt.code(), ADDED)).isTrue();
        triages.grade(id, new TriageCommand(SourceEvaluation.UNTESTED, InformationAssessment.C, HandlingCode.P, null, SUMMARY,
                "Thank you: we are looking at this.", reports.find(id).version()));
        assertThat(triages.reveal(id, "To ask the caller whether the van has a registration (RD-intel-reveal)")).isPresent();
        triages.route(id, new RouteCommand(thornbury.service("Neighbourhood Policing Thornbury North"), null, null,
                reports.find(id).version()));
        triages.linkEstateIssue(id, triages.openEstateIssues().get(0).id());
        reports.updateStatus(id, ReportStatus.CLOSED, "Thank you: the door has been repaired.", reports.find(id).version());
        Instant closed = clock.instant();

        Set<String> traces = new LinkedHashSet<>(List.of(id.toString(), WHAT, ADDED, SUMMARY, "RD-intel-reveal", NAME, EMAIL, PHONE,
                receipt.code(), receipt.code().replace("-", "")));
        traces.addAll(strings("select code_hash from intel_receipt where report_id = ?", id));
        traces.addAll(strings("select email_match from intel_reporter where report_id = ?", id));
        traces.addAll(strings("select phone_match from intel_reporter where report_id = ?", id));
        traces.addAll(strings("select victim_key from intel_trigger_complaint where report_id = ? and victim_key is not null", id));
        traces.addAll(strings("select id::text from intel_report_addition where report_id = ?", id));
        traces.addAll(strings("select id::text from intel_triage where report_id = ?", id));
        traces.addAll(strings("select id::text from intel_dissemination where report_id = ?", id));
        traces.addAll(strings("select id::text from intel_reveal where report_id = ?", id));
        traces.addAll(strings("select id::text from intel_estate_link where report_id = ?", id));
        List<byte[]> sealed = ciphertexts(id);
        assertThat(traces).as("the report has its receipt, reporter, addition, triage, dissemination, reveal and link").hasSizeGreaterThan(17);
        assertThat(sealed).as("the reporter's sealed name, email and phone").hasSize(3);
        assertThat(SchemaScan.find(db, traces, sealed, NOT_SCANNED)).as("before the disposal the scan finds the report")
                .contains("intel_report.id", "intel_reporter.name_cipher", "intel_receipt.code_hash", "intel_dissemination.summary");
        String reference = receipt.reference();

        as("dpo", Roles.DPO, () -> {
            clock.moveTo(closed.atZone(Today.LONDON).plusYears(6).minusDays(1).toInstant());
            RenderedForm.open("/retention", "/retention/review").submit().then().statusCode(303);
            assertThat(given().get("/retention").then().statusCode(200).extract().asString()).doesNotContain(reference);

            clock.moveTo(closed.atZone(Today.LONDON).plusYears(6).toInstant());
            RenderedForm.open("/retention", "/retention/review").submit().then().statusCode(303);
            String list = given().get("/retention").then().statusCode(200).extract().asString();
            String disposal = "/retention/intelligence/" + id;
            assertThat(list).contains(reference, disposal).doesNotContain(NAME, "Wharf Street", "bin store");

            given().get(disposal).then().statusCode(200).body(containsString(reference)).body(containsString("6 years after"));
            Response done = RenderedForm.open(disposal, disposal).set("reason", "Six years after closure; no review or legal hold")
                    .set("confirm", "yes").submit();
            done.then().statusCode(303);
            given().get("/retention/certificates").then().statusCode(200).body(containsString(reference))
                    .body(containsString("Six years after closure; no review or legal hold"));
            return null;
        });

        assertThat(SchemaScan.find(db, traces, sealed, NOT_SCANNED)).as("tables still holding the disposed report").isEmpty();
        as("dpo", Roles.DPO, () -> given().get("/retention/intelligence/" + id).then().statusCode(404));
        assertThat(SchemaScan.find(db, Set.of(reference), NOT_SCANNED)).as("the reference is kept on the certificate alone")
                .containsExactly("retention_certificate.reference");
        assertThat(reports.statusByReceipt(receipt.code())).as("the receipt code opens nothing").isEmpty();
        assertThat(count("select count(*) from retention_certificate where record_type = 'INTELLIGENCE' and reference = ?", reference))
                .isEqualTo(1);
        assertThat(count("select count(*) from audit_entry where record_id = ?", id.toString()))
                .as("audit entries are kept for their own rule").isPositive();
    }

    private <T> T as(String user, String role, Supplier<T> work) {
        var before = identity.getTestIdentity();
        identity.setTestIdentity(QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(user)).addRole(role).build());
        try {
            return work.get();
        } finally {
            identity.setTestIdentity(before);
        }
    }

    private List<byte[]> ciphertexts(UUID report) throws SQLException {
        List<byte[]> found = new ArrayList<>();
        try (Connection c = db.getConnection(); PreparedStatement q = c.prepareStatement(
                "select name_cipher, email_cipher, phone_cipher from intel_reporter where report_id = ?")) {
            q.setObject(1, report);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    for (int i = 1; i <= 3; i++) {
                        found.add(rs.getBytes(i));
                    }
                }
            }
        }
        return found;
    }

    private List<String> strings(String sql, UUID parameter) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Connection c = db.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            q.setObject(1, parameter);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getString(1));
                }
            }
        }
        return found;
    }

    private long count(String sql, String parameter) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            q.setString(1, parameter);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
