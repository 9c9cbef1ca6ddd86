package org.placeworks.shared.web;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

/**
 * Every PDF Placeworks makes (the panel's minutes, a subject access export) is tagged PDF/UA with its fonts embedded,
 * so that a screen reader reads it as the page it came from. The HTML is parsed by jsoup into a well-formed document
 * first, since the renderer takes only XML.
 */
public final class AccessiblePdf {

    /** The font family the PDF templates' styles name. */
    public static final String FONT = "DejaVu Sans";

    private AccessiblePdf() {
    }

    public static byte[] render(String html) {
        org.w3c.dom.Document document = new W3CDom().fromJsoup(Jsoup.parse(html));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.useFont(() -> AccessiblePdf.class.getResourceAsStream("/pdf/fonts/DejaVuSans.ttf"), FONT, 400,
                    FontStyle.NORMAL, true);
            builder.useFont(() -> AccessiblePdf.class.getResourceAsStream("/pdf/fonts/DejaVuSans-Bold.ttf"), FONT, 700,
                    FontStyle.NORMAL, true);
            builder.withW3cDocument(document, "/");
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
