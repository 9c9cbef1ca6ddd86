package org.placeworks.insight.web;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.placeworks.insight.InsightFilterView;

/** Insight pages answer 422 when the filter asked for could not be used (the page shows why, above the default figures). */
public final class InsightResponses {

    private InsightResponses() {
    }

    public static Response page(InsightFilterView view, TemplateInstance page) {
        return Response.status(view.errors().any() ? 422 : 200).type(MediaType.TEXT_HTML_TYPE).entity(page).build();
    }
}
