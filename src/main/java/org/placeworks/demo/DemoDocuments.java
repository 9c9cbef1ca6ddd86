package org.placeworks.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.placeworks.caf.CafCases;
import org.placeworks.caf.CaseFilter;
import org.placeworks.caf.CaseSummary;
import org.placeworks.document.DocumentKind;
import org.placeworks.document.Documents;
import org.placeworks.document.NewDocument;
import org.placeworks.identity.ActingAs;
import org.placeworks.identity.Roles;

/** The Begum family's signed consent form (a small PDF made here) on their case, added by the family support worker. */
@ApplicationScoped
class DemoDocuments {

    @Inject
    ActingAs actingAs;

    @Inject
    CafCases cases;

    @Inject
    Documents documents;

    void load() {
        actingAs.run("frontline", Set.of(Roles.FRONTLINE, Roles.LEAD_PROFESSIONAL), () -> {
            CaseSummary begum = cases.list(new CaseFilter(false, null)).stream()
                    .filter(c -> c.familyName().equals("Begum family")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("The demo Begum case is missing"));
            Path file = null;
            try {
                file = Files.createTempFile("consent", ".pdf");
                writeConsentForm(file);
                documents.addToCase(begum.id(), new NewDocument("Consent form signed by Rumana Begum", DocumentKind.CONSENT_FORM,
                        "Begum consent form.pdf", file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                if (file != null) {
                    file.toFile().delete();
                }
            }
        });
    }

    private static void writeConsentForm(Path file) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(pdf, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD), 16);
                text.newLineAtOffset(72, 720);
                text.showText("Early help: consent to share information");
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                text.setLeading(16);
                for (String line : new String[] {"", "Family: Begum family, Thornbury",
                    "I agree to an early help assessment and to the agencies named sharing information",
                    "about my family to plan support. I can withdraw my consent at any time.", "",
                    "Signed: Rumana Begum (parent)", "Witnessed by: the family support worker"}) {
                    text.newLine();
                    text.showText(line);
                }
                text.endText();
            }
            pdf.save(file.toFile());
        }
    }
}
