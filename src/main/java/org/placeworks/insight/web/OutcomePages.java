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
import java.util.Map;
import org.jboss.resteasy.reactive.RestQuery;
import org.placeworks.identity.Roles;
import org.placeworks.insight.CostAvoidanceEstimate;
import org.placeworks.insight.Figure;
import org.placeworks.insight.InsightFilterView;
import org.placeworks.insight.InsightFilters;
import org.placeworks.insight.InsightSection;
import org.placeworks.insight.InsightTable;
import org.placeworks.insight.InsightTables;
import org.placeworks.insight.Suppression;
import org.placeworks.insight.SustainmentChecks;
import org.placeworks.insight.SustainmentCounts;
import org.placeworks.insight.SustainmentLine;
import org.placeworks.shared.OneReading;

/**
 * Outcomes for managers: the sustainment checks of their services (overdue ones to chase, and how many are due,
 * overdue, recorded and held, as published figures), and the cost-avoidance estimate built on the checks.
 */
@Path("/insight")
@RolesAllowed({Roles.MANAGER, Roles.ADMIN})
@Produces(MediaType.TEXT_HTML)
public class OutcomePages {

    @jakarta.enterprise.inject.Produces
    static final InsightSection SUSTAINMENT = new InsightSection(60, "/insight/sustainment", "Sustainment checks",
            "Checks 6 months after a case closed with its needs met: the overdue ones to chase, and how many held.");

    @jakarta.enterprise.inject.Produces
    static final InsightSection COST_AVOIDANCE = new InsightSection(80, "/insight/cost-avoidance", "Cost avoidance (estimate)",
            "Sustained outcomes priced with unit costs: an estimate with its assumptions, not savings.");

    @Inject
    SustainmentChecks checks;

    @Inject
    InsightFilters filters;

    @Inject
    InsightTables tables;

    /** The four counts as published figures: each under 5 hidden; they are not parts of one total, so no secondary rule. */
    public record CountFigures(Figure due, Figure overdue, Figure recorded, Figure held) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance sustainment(List<SustainmentLine> overdue, CountFigures counts, int daysAhead, String rule);

        static native TemplateInstance costAvoidance(InsightTable table, InsightFilterView filter);
    }

    @GET
    @OneReading
    @Path("sustainment")
    public TemplateInstance sustainment() {
        SustainmentCounts c = checks.counts();
        Map<String, Figure> f = Suppression.counts(Map.of("due", c.due(), "overdue", c.overdue(), "recorded", c.recorded(),
                "held", c.held()), Map.of());
        return Templates.sustainment(checks.overdue(), new CountFigures(f.get("due"), f.get("overdue"), f.get("recorded"),
                f.get("held")), SustainmentChecks.DUE_AHEAD_DAYS, Suppression.RULE);
    }

    @GET
    @OneReading
    @Path("cost-avoidance")
    public Response costAvoidance(@RestQuery String from, @RestQuery String to, @RestQuery String strand,
            @RestQuery String service, @RestQuery String worker) {
        InsightFilterView view = filters.forPage(from, to, strand, service, worker);
        return InsightResponses.page(view, Templates.costAvoidance(tables.table(CostAvoidanceEstimate.ID, view.filter()), view));
    }
}
