package org.placeworks.panel.web;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.placeworks.panel.MinutesView;

/**
 * The minutes as an accessible PDF (tagged, PDF/UA, fonts embedded), marked OFFICIAL-SENSITIVE.
 * The template is parsed by jsoup into a well-formed document before rendering.
 */
@ApplicationScoped
public class MinutesPdf {

    private static final String FONT = "DejaVu Sans";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance pdf(MinutesView minutes);
    }

    public byte[] render(MinutesView minutes) {
        String html = Templates.pdf(minutes).render();
        org.w3c.dom.Document document = new W3CDom().fromJsoup(Jsoup.parse(html));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.useFont(() -> MinutesPdf.class.getResourceAsStream("/panel/fonts/DejaVuSans.ttf"), FONT, 400,
                    FontStyle.NORMAL, true);
            builder.useFont(() -> MinutesPdf.class.getResourceAsStream("/panel/fonts/DejaVuSans-Bold.ttf"), FONT, 700,
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
