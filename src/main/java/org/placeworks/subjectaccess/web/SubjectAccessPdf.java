package org.placeworks.subjectaccess.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import org.placeworks.shared.web.AccessiblePdf;
import org.placeworks.subjectaccess.SubjectExport;

/**
 * The released export as an accessible PDF (tagged, PDF/UA, a title and language, headings, tables with header
 * cells, fonts embedded), made from the same model as the JSON answer, the way the panel's minutes are.
 */
@ApplicationScoped
public class SubjectAccessPdf {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance pdf(SubjectExport.Disclosure export);
    }

    public byte[] render(SubjectExport.Disclosure export) {
        return AccessiblePdf.render(Templates.pdf(export).render());
    }
}
