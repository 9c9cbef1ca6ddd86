package org.placeworks.retention;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.placeworks.caf.CaseNotes;
import org.placeworks.caf.ContactType;
import org.placeworks.caf.NoteCommand;
import org.placeworks.document.DocumentKind;
import org.placeworks.document.Documents;
import org.placeworks.document.NewDocument;
import org.placeworks.identity.ActingAs;
import org.placeworks.identity.Roles;
import org.placeworks.shared.Today;
import org.placeworks.subjectaccess.NewRequest;
import org.placeworks.subjectaccess.ReceivedHow;
import org.placeworks.subjectaccess.RequesterKind;
import org.placeworks.subjectaccess.SubjectAccessRequests;
import org.placeworks.testsupport.SchemaScan;

/**
 * "A disposal leaves nothing but its certificate": a demo family with a case that has consent, an assessment, needs,
 * a panel item and a grant gets a note, a document and a subject access request too; the officer disposes of it; then
 * every uuid and text column of every table in the schema is searched for the family's id, its people's ids and NHS
 * numbers, its case ids and the ids of its notes, documents, grants, panel items and request. Nothing is found.
 * The one exception is deliberate and documented: audit entries (append-only, kept for their own 7 years, holding ids
 * and no content), which the test checks are still there.
 */
@QuarkusTest
@io.quarkus.test.junit.TestProfile(DisposalLeavesOnlyItsCertificateTest.OwnDatabase.class)
class DisposalLeavesOnlyItsCertificateTest {

    /**
     * A database of its own (the app restarts on a clean schema and loads the demo town again), since the disposal
     * tests dispose of demo records for good and other tests read them.
     */
    public static class OwnDatabase implements io.quarkus.test.junit.QuarkusTestProfile {
    }

    private static final Set<String> DPO = Set.of(Roles.DPO);
    private static final Set<String> WORKER = Set.of(Roles.FRONTLINE, Roles.LEAD_PROFESSIONAL);
    /** Tables the scan leaves out, and why. */
    private static final Set<String> NOT_SCANNED = Set.of(
            "audit_entry", // append-only by the database's grants; kept 7 years; ids, not content (docs/data-protection.md)
            "flyway_schema_history");

    @Inject
    Disposals disposals;

    @Inject
    CaseNotes notes;

    @Inject
    Documents documents;

    @Inject
    SubjectAccessRequests requests;

    @Inject
    ActingAs actingAs;

    @Inject
    Today today;

    @Inject
    AgroalDataSource db;

    @Test
    void aDisposalLeavesNothingButItsCertificate() throws Exception {
        UUID caseId = uuid("""
                select c.id from caf_case c
                 where exists (select 1 from grant_request g where g.case_id = c.id)
                   and exists (select 1 from panel_item i where i.case_id = c.id)
                   and exists (select 1 from caf_need n where n.case_id = c.id)
                   and exists (select 1 from caf_consent_version v where v.case_id = c.id)
                   and exists (select 1 from caf_assessment_element e where e.case_id = c.id)
                 order by c.reference limit 1
                """, null);
        UUID familyId = uuid("select family_id from caf_case where id = ?", caseId);
        actingAs.run("frontline", WORKER, () -> {
            notes.add(caseId, new NoteCommand(today.date().minusDays(1), LocalTime.of(10, 0), ContactType.PHONE, Set.of(), false,
                    "Talked through the plan", null, null, null));
            documents.addToCase(caseId, new NewDocument("Letter to the family", DocumentKind.LETTER, "letter.pdf", pdf()));
        });
        UUID child = uuid("select id from person where family_id = ? and relationship = 'CHILD' order by id limit 1", familyId);
        actingAs.run("dpo", DPO, () -> requests.compile(requests.log(new NewRequest(child, "A parent", RequesterKind.PARENT,
                ReceivedHow.EMAIL, today.date(), true, "Passport seen"))));

        Set<String> traces = new LinkedHashSet<>();
        traces.add(familyId.toString());
        traces.addAll(strings("select id::text from person where family_id = ?", familyId));
        traces.addAll(strings("select nhs_number from person where family_id = ? and nhs_number is not null", familyId));
        traces.addAll(strings("select id::text from caf_case where family_id = ?", familyId));
        traces.addAll(strings("select n.id::text from caf_case_note n join caf_case c on c.id = n.case_id where c.family_id = ?", familyId));
        traces.addAll(strings("select d.id::text from document d, (select ?::uuid as f) x"
                + " where d.family_id = x.f or d.case_id in (select id from caf_case where family_id = x.f)", familyId));
        traces.addAll(strings("select id::text from grant_request where family_id = ?", familyId));
        traces.addAll(strings("select i.id::text from panel_item i join caf_case c on c.id = i.case_id where c.family_id = ?", familyId));
        traces.addAll(strings("select id::text from subject_access_request where family_id = ?", familyId));
        assertThat(traces).as("the family has notes, documents, grants, panel items and a request").hasSizeGreaterThan(8);
        assertThat(scan(traces)).as("before the disposal the scan finds the family").isNotEmpty();

        execute("insert into retention_due (record_type, record_id, reference, last_activity, due_on, found_on)"
                + " select 'EARLY_HELP', ?, 'Cases ' || string_agg(reference, ', '), current_date - 1, current_date - 1, current_date"
                + " from caf_case where family_id = ?", familyId);
        long familiesBefore = count("select count(*) from family");
        UUID certificate = actingAs.call("dpo", DPO, () -> disposals.dispose(RecordType.EARLY_HELP, familyId,
                "Past its retention rule; no open case and no legal hold", true));

        assertThat(scan(traces)).as("tables still holding the disposed family").isEmpty();
        assertThat(count("select count(*) from family")).isEqualTo(familiesBefore - 1);
        assertThat(count("select count(*) from retention_certificate where id = '" + certificate + "' and record_type = 'EARLY_HELP'"
                + " and reference like 'Cases %' and rows_removed > 0 and files_removed >= 1")).isEqualTo(1);
        assertThat(count("select count(*) from audit_entry where record_id = '" + familyId + "'"))
                .as("audit entries are kept for their own rule").isPositive();
    }

    /** Every table and uuid or text column holding any of the values: "table.column" for each hit. */
    private List<String> scan(Set<String> values) throws SQLException {
        return SchemaScan.find(db, values, NOT_SCANNED);
    }

    private static Path pdf() {
        try {
            Path file = Files.createTempFile("letter", ".pdf");
            try (PDDocument pdf = new PDDocument()) {
                pdf.addPage(new PDPage());
                pdf.save(file.toFile());
            }
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private UUID uuid(String sql, UUID parameter) throws SQLException {
        List<String> found = strings(sql, parameter);
        assertThat(found).as(sql).isNotEmpty();
        return UUID.fromString(found.get(0));
    }

    private List<String> strings(String sql, UUID parameter) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Connection c = db.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            if (parameter != null) {
                q.setObject(1, parameter);
            }
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getString(1));
                }
            }
        }
        return found;
    }

    private long count(String sql) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement q = c.prepareStatement(sql); ResultSet rs = q.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void execute(String sql, UUID family) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            q.setObject(1, family);
            q.setObject(2, family);
            q.executeUpdate();
        }
    }
}
