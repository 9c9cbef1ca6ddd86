package org.placeworks.panel.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import org.placeworks.panel.MinutesView;
import org.placeworks.shared.web.AccessiblePdf;

/**
 * The minutes as an accessible PDF (tagged, PDF/UA, fonts embedded), marked OFFICIAL-SENSITIVE.
 */
@ApplicationScoped
public class MinutesPdf {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance pdf(MinutesView minutes);
    }

    public byte[] render(MinutesView minutes) {
        return AccessiblePdf.render(Templates.pdf(minutes).render());
    }
}
