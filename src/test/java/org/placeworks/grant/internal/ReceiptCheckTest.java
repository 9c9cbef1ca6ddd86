package org.placeworks.grant.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.placeworks.shared.InvalidInput;

class ReceiptCheckTest {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16};
    static final byte[] PDF = "%PDF-1.7\n%receipt".getBytes(StandardCharsets.US_ASCII);

    @Test
    void pdfJpegAndPngAreRecognisedByTheirContent() {
        assertThat(ReceiptCheck.check("r.pdf", PDF).type()).isEqualTo("application/pdf");
        assertThat(ReceiptCheck.check("r.jpg", JPEG).type()).isEqualTo("image/jpeg");
        assertThat(ReceiptCheck.check("r.png", PNG).type()).isEqualTo("image/png");
    }

    @Test
    void aRenamedFileOfAnotherKindIsRefused() {
        assertThatThrownBy(() -> ReceiptCheck.check("receipt.pdf", "MZ executable".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("PDF, JPEG or PNG");
    }

    @Test
    void moreThanFiveMegabytesIsRefused() {
        byte[] big = new byte[ReceiptCheck.MAX_BYTES + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        assertThatThrownBy(() -> ReceiptCheck.check("big.pdf", big)).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("5 MB");
    }

    @Test
    void anEmptyFileIsRefused() {
        assertThatThrownBy(() -> ReceiptCheck.check("r.pdf", new byte[0])).isInstanceOf(InvalidInput.class);
    }

    @Test
    void unsafeCharactersInTheNameAreReplaced() {
        assertThat(ReceiptCheck.check("../../etc/passwd\".png", PNG).name()).doesNotContain("/").doesNotContain("\"");
    }
}
