package org.placeworks.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.placeworks.document.internal.FileType;

/** The name a document downloads under: no folders, no characters a header or file system could misread, the real extension. */
class SafeNameTest {

    @Test
    void theNameKeepsItsWordsAndTakesTheExtensionOfItsContent() {
        assertThat(Documents.safeName("Consent form.pdf", "t", FileType.PDF)).isEqualTo("Consent form.pdf");
        assertThat(Documents.safeName("scan.exe", "t", FileType.PDF)).isEqualTo("scan.pdf");
        assertThat(Documents.safeName("C:\\Users\\me\\report \"final\".docx", "t", FileType.DOCX)).isEqualTo("report _final_.docx");
        assertThat(Documents.safeName("../../etc/passwd", "t", FileType.PNG)).isEqualTo("passwd.png");
    }

    @Test
    void aNameWithNothingUsableFallsBackToTheTitle() {
        assertThat(Documents.safeName("документ.pdf", "Signed consent", FileType.PDF)).isEqualTo("Signed consent.pdf");
        assertThat(Documents.safeName(null, "", FileType.JPEG)).isEqualTo("document.jpg");
        assertThat(Documents.safeName("...", "Plan", FileType.ODT)).isEqualTo("Plan.odt");
        assertThat(Documents.safeName(".hidden", "Plan", FileType.ODT)).isEqualTo("hidden.odt");
    }
}
