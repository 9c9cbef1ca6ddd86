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
import java.time.Instant;
import org.jboss.resteasy.reactive.RestQuery;
import org.placeworks.identity.Roles;
import org.placeworks.insight.CaseloadTable;
import org.placeworks.insight.InsightFilterView;
import org.placeworks.insight.InsightFilters;
import org.placeworks.insight.InsightSection;
import org.placeworks.insight.internal.StoreStamp;
import org.placeworks.shared.web.SplicedPage;

/** Caseload by neighbourhood: the filter, the table (with its downloads) and when its figures were last rebuilt. */
@Path("/insight/caseload")
@RolesAllowed({Roles.MANAGER, Roles.ADMIN})
@Produces(MediaType.TEXT_HTML)
@org.placeworks.shared.OneReading // reads only: the area tree and services once per request
public class CaseloadPage {

    @jakarta.enterprise.inject.Produces
    static final InsightSection SECTION = new InsightSection(10, "/insight/caseload", "Caseload by neighbourhood",
            "Open cases, referrals, closures, overdue work, panel actions, grants, estate issues and intelligence reports"
                    + " for each neighbourhood you cover, rolled up by ward and locality.");

    @Inject
    InsightFilters filters;

    @Inject
    CaseloadTable caseload;

    @Inject
    StoreStamp stamp;

    @Inject
    TableMarkup markup;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(RawString table, InsightFilterView filter, Instant refreshedAt);
    }

    @GET
    public Response show(@RestQuery String from, @RestQuery String to, @RestQuery String strand, @RestQuery String service,
            @RestQuery String worker) {
        InsightFilterView view = filters.forPage(from, to, strand, service, worker);
        byte[] table = markup.of(caseload.table(view.filter()), view.filter().query());
        return InsightResponses.page(view, SplicedPage.around(Templates.show(SplicedPage.SLOT, view,
                stamp.get().refreshedAt()), table));
    }
}
