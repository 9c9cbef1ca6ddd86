package org.placeworks.insight.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.RestQuery;
import org.placeworks.geography.PopulationVintage;
import org.placeworks.identity.Roles;
import org.placeworks.insight.InsightFilterView;
import org.placeworks.insight.InsightFilters;
import org.placeworks.insight.InsightSection;
import org.placeworks.insight.InsightTable;
import org.placeworks.insight.Suppression;
import org.placeworks.insight.Inequality;
import org.placeworks.insight.InequalityFigures;

/**
 * Whether early help reaches and helps children equally across deprivation: rates by decile and fifth, the
 * slope and relative indices of inequality with their intervals, the gap between the fifths, and how each is
 * worked out.
 */
@Path("/insight/inequality")
@RolesAllowed({Roles.MANAGER, Roles.ADMIN})
@Produces(MediaType.TEXT_HTML)
@org.placeworks.shared.OneReading // reads only: the area tree and services once per request
public class InequalityPage {

    @jakarta.enterprise.inject.Produces
    static final InsightSection SECTION = new InsightSection(40, "/insight/inequality", "Inequality by deprivation",
            "Referral rates per 1,000 children, needs met at closure and re-referrals by deprivation decile and fifth,"
                    + " with the slope and relative indices of inequality.");

    @Inject
    InsightFilters filters;

    @Inject
    Inequality inequality;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(InsightFilterView filterView, List<IndexView> indices, InsightTable deciles,
                InsightTable quintiles, InsightTable indicesTable, List<PopulationVintage> vintages, String method,
                String indexMethod, String suppression);
    }

    @GET
    public Response page(@RestQuery String from, @RestQuery String to, @RestQuery String strand, @RestQuery String service,
            @RestQuery String worker) {
        InsightFilterView view = filters.forPage(from, to, strand, service, worker);
        InequalityFigures figures = inequality.figures(view.filter());
        return InsightResponses.page(view, Templates.page(view, figures.inequalities().stream().map(IndexView::of).toList(),
                figures.decileTable(), figures.quintileTable(), figures.indicesTable(), inequality.vintages(),
                InequalityFigures.METHOD, InequalityFigures.INDEX_METHOD, Suppression.RULE));
    }
}
