package org.placeworks.insight.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestQuery;
import org.placeworks.identity.Roles;
import org.placeworks.insight.InsightFilterView;
import org.placeworks.insight.InsightFilters;
import org.placeworks.insight.InsightSection;
import org.placeworks.insight.InsightTable;
import org.placeworks.insight.GrantsToOutcomesTable;
import org.placeworks.insight.HeadlineOutcomesTable;
import org.placeworks.insight.OutcomesTable;

/** Outcomes and evidence of impact: closed cases by service, needs by headline outcome, and grants beside outcomes. */
@Path("/insight/outcomes")
@RolesAllowed({Roles.MANAGER, Roles.ADMIN})
@Produces(MediaType.TEXT_HTML)
@org.placeworks.shared.OneReading // reads only: the area tree and services once per request
public class OutcomesPage {

    @jakarta.enterprise.inject.Produces
    static final InsightSection SECTION = new InsightSection(50, "/insight/outcomes", "Outcomes",
            "Closed cases with every need met, partly met or not met; step-up and step-down rates; outcomes by Supporting "
                    + "Families headline outcome; grants beside the outcomes of the needs they were for.");

    @Inject
    InsightFilters filters;

    @Inject
    OutcomesTable outcomes;

    @Inject
    HeadlineOutcomesTable headlines;

    @Inject
    GrantsToOutcomesTable grants;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance outcomes(InsightFilterView filterView, InsightTable outcomes, InsightTable headlines,
                InsightTable grants);
    }

    @GET
    public TemplateInstance outcomes(@RestQuery String from, @RestQuery String to, @RestQuery String strand,
            @RestQuery String service, @RestQuery String worker) {
        InsightFilterView view = filters.forPage(from, to, strand, service, worker);
        return Templates.outcomes(view, outcomes.table(view.filter()), headlines.table(view.filter()), grants.table(view.filter()));
    }
}
