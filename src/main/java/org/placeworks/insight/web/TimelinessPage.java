package org.placeworks.insight.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestQuery;
import org.placeworks.identity.Roles;
import org.placeworks.insight.InsightFilterView;
import org.placeworks.insight.InsightFilters;
import org.placeworks.insight.InsightSection;
import org.placeworks.insight.InsightTable;
import org.placeworks.insight.ServiceTimelinessTable;
import org.placeworks.insight.WorkerTimelinessTable;
import org.placeworks.shared.web.SplicedPage;

/** Timeliness: assessments within timescale and the median days to assessment, first review and closure. */
@Path("/insight/timeliness")
@RolesAllowed({Roles.MANAGER, Roles.ADMIN})
@Produces(MediaType.TEXT_HTML)
@org.placeworks.shared.OneReading // reads only: the area tree and services once per request
public class TimelinessPage {

    @jakarta.enterprise.inject.Produces
    static final InsightSection SECTION = new InsightSection(30, "/insight/timeliness", "Timeliness",
            "The share of assessments completed within timescale, and the median days from referral to assessment, to "
                    + "first review and to closure, by service and by worker.");

    @Inject
    InsightFilters filters;

    @Inject
    ServiceTimelinessTable byService;

    @Inject
    WorkerTimelinessTable byWorker;

    @Inject
    TableMarkup markup;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance timeliness(InsightFilterView filterView, InsightTable byService, RawString byWorker);
    }

    /**
     * The table by worker has a row per worker (about 1,700 at 1,000,000 cases): it is written as the markup kept with
     * the published table, as the caseload table is, not drawn again on every request.
     */
    @GET
    public Response timeliness(@RestQuery String from, @RestQuery String to, @RestQuery String strand,
            @RestQuery String service, @RestQuery String worker) {
        InsightFilterView view = filters.forPage(from, to, strand, service, worker);
        byte[] workers = markup.of(byWorker.table(view.filter()), view.filter().query());
        return InsightResponses.page(view, SplicedPage.around(Templates.timeliness(view, byService.table(view.filter()),
                SplicedPage.SLOT), workers));
    }
}
