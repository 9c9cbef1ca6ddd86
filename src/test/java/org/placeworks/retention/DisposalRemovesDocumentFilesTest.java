package org.placeworks.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.placeworks.document.DocumentKind;
import org.placeworks.document.Documents;
import org.placeworks.document.NewDocument;
import org.placeworks.identity.ActingAs;
import org.placeworks.identity.Roles;

/**
 * With documents kept as files ({@code placeworks.documents.directory}), a disposed family's files leave the directory
 * once the disposal commits, and stay when its transaction rolls back (the rows come back, so must the files).
 */
@QuarkusTest
@TestProfile(DisposalRemovesDocumentFilesTest.FilesInADirectory.class)
class DisposalRemovesDocumentFilesTest {

    static final Path DIRECTORY = Path.of(System.getProperty("java.io.tmpdir"), "placeworks-disposal-files-" + UUID.randomUUID());

    /** Documents in a directory of the test's own, on a database of its own (a demo family is disposed of). */
    public static class FilesInADirectory implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("placeworks.documents.directory", DIRECTORY.toString());
        }
    }

    private static final Set<String> DPO = Set.of(Roles.DPO);
    private static final Set<String> WORKER = Set.of(Roles.FRONTLINE, Roles.LEAD_PROFESSIONAL);
    private static final String REASON = "Past its retention rule; no open case and no legal hold";

    @Inject
    Disposals disposals;

    @Inject
    Documents documents;

    @Inject
    ActingAs actingAs;

    @Inject
    AgroalDataSource db;

    @Test
    void theFilesOfADisposedFamilyGoWhenTheDisposalCommitsAndNotBefore() throws Exception {
        UUID caseId = uuid("""
                select c.id from caf_case c
                 where exists (select 1 from grant_request g where g.case_id = c.id)
                   and exists (select 1 from caf_consent_version v where v.case_id = c.id)
                 order by c.reference limit 1
                """);
        UUID familyId = UUID.fromString(string("select family_id::text from caf_case where id = '" + caseId + "'"));
        List<UUID> files = actingAs.call("frontline", WORKER, () -> List.of(
                documents.addToCase(caseId, new NewDocument("Letter to the family", DocumentKind.LETTER, "letter.pdf", pdf())).id(),
                documents.addToFamily(familyId, new NewDocument("Family agreement", DocumentKind.LETTER, "agreement.pdf", pdf())).id()));
        for (UUID file : files) {
            assertThat(DIRECTORY.resolve(file.toString())).as("kept as a file").exists();
        }
        execute("insert into retention_due (record_type, record_id, reference, last_activity, due_on, found_on)"
                + " select 'EARLY_HELP', '" + familyId + "', 'Cases ' || string_agg(reference, ', '), current_date - 1, current_date - 1,"
                + " current_date from caf_case where family_id = '" + familyId + "'");

        // The disposal's steps all run, then its transaction rolls back: the rows are back, and the files never left.
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            actingAs.run("dpo", DPO, () -> disposals.dispose(RecordType.EARLY_HELP, familyId, REASON, true));
            throw new IllegalStateException("the transaction fails after the disposal");
        })).hasStackTraceContaining("the transaction fails after the disposal");
        assertThat(count("select count(*) from family where id = '" + familyId + "'")).isEqualTo(1);
        assertThat(count("select count(*) from document where id in ('" + files.get(0) + "', '" + files.get(1) + "')")).isEqualTo(2);
        for (UUID file : files) {
            assertThat(DIRECTORY.resolve(file.toString())).as("still there after the rollback").exists();
        }

        actingAs.run("dpo", DPO, () -> disposals.dispose(RecordType.EARLY_HELP, familyId, REASON, true));

        assertThat(count("select count(*) from family where id = '" + familyId + "'")).isZero();
        for (UUID file : files) {
            assertThat(DIRECTORY.resolve(file.toString())).as("gone once the disposal committed").doesNotExist();
            assertThat(DIRECTORY.resolve(file + ".part")).doesNotExist();
        }
        assertThat(count("select count(*) from retention_certificate where record_type = 'EARLY_HELP' and files_removed >= 2")).isEqualTo(1);
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

    private UUID uuid(String sql) throws SQLException {
        return UUID.fromString(string(sql));
    }

    private String string(String sql) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement q = c.prepareStatement(sql); ResultSet rs = q.executeQuery()) {
            assertThat(rs.next()).as(sql).isTrue();
            return rs.getString(1);
        }
    }

    private long count(String sql) throws SQLException {
        return Long.parseLong(string(sql));
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            q.executeUpdate();
        }
    }
}
