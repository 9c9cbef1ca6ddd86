package org.placeworks.subjectaccess.web;

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
import org.placeworks.subjectaccess.SubjectExport;

/**
 * The released export as an accessible PDF (tagged, PDF/UA, a title and language, headings, tables with header
 * cells, fonts embedded), made from the same model as the JSON answer, the way the panel's minutes are.
 */
@ApplicationScoped
public class SubjectAccessPdf {

    private static final String FONT = "DejaVu Sans";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance pdf(SubjectExport.Disclosure export);
    }

    public byte[] render(SubjectExport.Disclosure export) {
        String html = Templates.pdf(export).render();
        org.w3c.dom.Document document = new W3CDom().fromJsoup(Jsoup.parse(html));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            // The fonts the minutes use, from the classpath: one set for every PDF Placeworks makes.
            builder.useFont(() -> SubjectAccessPdf.class.getResourceAsStream("/panel/fonts/DejaVuSans.ttf"), FONT, 400,
                    FontStyle.NORMAL, true);
            builder.useFont(() -> SubjectAccessPdf.class.getResourceAsStream("/panel/fonts/DejaVuSans-Bold.ttf"), FONT, 700,
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
