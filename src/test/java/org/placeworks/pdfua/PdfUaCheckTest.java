package org.placeworks.pdfua;

import static org.assertj.core.api.Assertions.assertThat;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.placeworks.identity.ActingAs;
import org.placeworks.identity.Roles;
import org.placeworks.panel.MeetingStatus;
import org.placeworks.panel.MeetingSummary;
import org.placeworks.panel.Meetings;
import org.placeworks.panel.web.MinutesPdf;
import org.placeworks.subjectaccess.SubjectExport;
import org.placeworks.subjectaccess.web.SubjectAccessPdf;
import org.placeworks.testsupport.PdfUaStructure;

/**
 * The minutes PDF and the subject access PDF are tagged PDF/UA documents: checked for the structure PDF/UA-1 asks
 * for ({@link PdfUaStructure}), and the check is shown to fail an untagged PDF of the same kind.
 */
@QuarkusTest
class PdfUaCheckTest {

    @Inject
    ActingAs actingAs;

    @Inject
    Meetings meetings;

    @Inject
    MinutesPdf minutesPdf;

    @Inject
    SubjectAccessPdf subjectAccessPdf;

    @Test
    void theMinutesOfTheDemoPanelsClosedMeetingAreTaggedPdfUa() {
        byte[] pdf = actingAs.call("chair", Set.of(Roles.PANEL_CHAIR, Roles.PANEL_MEMBER, Roles.LEAD_PROFESSIONAL), () -> {
            MeetingSummary closed = meetings.around(120, 0).stream().filter(m -> m.status() == MeetingStatus.CLOSED).findFirst()
                    .orElseThrow();
            return minutesPdf.render(meetings.minutes(closed.id(), null));
        });
        assertThat(PdfUaStructure.problems(pdf)).isEmpty();
    }

    @Test
    void aSubjectAccessExportIsTaggedPdfUa() {
        SubjectExport.Disclosure export = new SubjectExport.Disclosure("Aisha Begum", LocalDate.of(2020, 5, 1), Instant.now(), Instant.now(),
                List.of(new SubjectExport.Disclosure.Section("Your record", "The details held about you.", List.of(
                        new SubjectExport.Disclosure.Item("Aisha Begum", List.of(new SubjectExport.Disclosure.Field("Name", "Aisha Begum"),
                                new SubjectExport.Disclosure.Field("School", "Thornbury Primary School")), null))),
                        new SubjectExport.Disclosure.Section("Early help cases", "Each case.", List.of(
                                new SubjectExport.Disclosure.Item("Case EH-1: note", List.of(), "Withheld: " + UUID.randomUUID())))));
        assertThat(PdfUaStructure.problems(subjectAccessPdf.render(export))).isEmpty();
    }

    @Test
    void theCheckFailsAnUntaggedPdf() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withHtmlContent("<html><head><title>Untagged</title></head><body><h1>Minutes</h1><table><tr><th>Agency</th></tr>"
                + "<tr><td>School</td></tr></table></body></html>", "/");
        builder.toStream(out);
        builder.run();
        assertThat(PdfUaStructure.problems(out.toByteArray())).contains("no structure tree (StructTreeRoot)", "MarkInfo /Marked is not true",
                "no natural language (/Lang)").anyMatch(p -> p.contains("outside marked content"));
    }
}
