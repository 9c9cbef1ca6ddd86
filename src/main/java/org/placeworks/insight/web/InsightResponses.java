package org.placeworks.insight.web;

import io.quarkus.qute.TemplateInstance;
import io.vertx.core.buffer.Buffer;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.placeworks.insight.InsightFilterView;

/** Insight pages answer 422 when the filter asked for could not be used (the page shows why, above the default figures). */
public final class InsightResponses {

    private static final MediaType HTML_UTF_8 = MediaType.TEXT_HTML_TYPE.withCharset("UTF-8");

    private InsightResponses() {
    }

    public static Response page(InsightFilterView view, TemplateInstance page) {
        return Response.status(view.errors().any() ? 422 : 200).type(MediaType.TEXT_HTML_TYPE).entity(page).build();
    }

    /** The same for a page already drawn and encoded ({@link org.placeworks.shared.web.SplicedPage}). */
    public static Response page(InsightFilterView view, Buffer page) {
        return Response.status(view.errors().any() ? 422 : 200).type(HTML_UTF_8).entity(page).build();
    }
}
