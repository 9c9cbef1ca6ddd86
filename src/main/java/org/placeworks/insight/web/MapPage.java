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
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.placeworks.identity.Roles;
import org.placeworks.insight.Figure;
import org.placeworks.insight.InsightFilter;
import org.placeworks.insight.InsightFilterView;
import org.placeworks.insight.InsightFilters;
import org.placeworks.insight.InsightSection;
import org.placeworks.insight.InsightTable;
import org.placeworks.insight.internal.ChoroplethMap;
import org.placeworks.insight.internal.MapFigures;
import org.placeworks.insight.internal.MapMeasure;
import org.placeworks.insight.internal.NeighbourhoodBoundaries;
import org.placeworks.insight.internal.NeighbourhoodDetails;
import org.placeworks.insight.internal.PlaceFigures;
import org.placeworks.shared.InvalidInput;
import org.placeworks.shared.web.Option;

/**
 * The neighbourhood map: the manager's neighbourhoods shaded by a chosen measure, drawn on the server,
 * with the same figures as a table; each neighbourhood opens its own page with a 12-month trend.
 */
@Path("/insight")
@RolesAllowed({Roles.MANAGER, Roles.ADMIN})
@Produces(MediaType.TEXT_HTML)
public class MapPage {

    @jakarta.enterprise.inject.Produces
    static final InsightSection SECTION = new InsightSection(20, "/insight/map", "Neighbourhood map",
            "Your neighbourhoods shaded by children on open cases per 1,000 children, referrals and other measures, "
                    + "each with its 12-month trend.");

    @Inject
    InsightFilters filters;

    @Inject
    MapFigures figures;

    @Inject
    NeighbourhoodBoundaries boundaries;

    @Inject
    NeighbourhoodDetails details;

    /** What the map page shows: the chosen measure, its options, the drawing and the table. */
    public record MapView(MapMeasure measure, List<Option> measures, InsightFilter filter, InsightFilterView filterView, RawString svg,
            List<PlaceFigures.Line> neighbourhoods, InsightTable table, int undrawn) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance map(MapView view);

        static native TemplateInstance neighbourhood(NeighbourhoodDetails.Detail detail, RawString chart, InsightFilter filter,
                InsightFilterView filterView, List<Row> figures);
    }

    /** A measure's figure on the neighbourhood page. */
    public record Row(String label, String text) {
    }

    @GET
    @Path("map")
    public Response map(@RestQuery String measure, @RestQuery String from, @RestQuery String to, @RestQuery String strand,
            @RestQuery String service, @RestQuery String worker) {
        MapMeasure chosen = measure(measure);
        InsightFilterView filterView = filters.forPage(from, to, strand, service, worker);
        InsightFilter filter = filterView.filter();
        List<PlaceFigures.Line> neighbourhoods = figures.figures(filter).neighbourhoods();
        Map<UUID, String> shapes = boundaries.of(neighbourhoods.stream().map(PlaceFigures.Line::neighbourhood).toList());
        List<ChoroplethMap.Region> regions = neighbourhoods.stream().map(line -> region(line, chosen, filter, shapes)).toList();
        ChoroplethMap.Drawing drawing = ChoroplethMap.draw("neighbourhood-map", chosen.label(), regions,
                chosen.perThousandChildren() ? MapPage::rate : MapPage::count);
        List<Option> options = Arrays.stream(MapMeasure.values()).map(m -> new Option(m.key(), m.label())).toList();
        return InsightResponses.page(filterView, Templates.map(new MapView(chosen, options, filter, filterView, new RawString(drawing.svg()),
                neighbourhoods, figures.table(filter), regions.size() - drawing.drawn())));
    }

    @GET
    @Path("neighbourhoods/{id}")
    public Response neighbourhood(@RestPath UUID id, @RestQuery String from, @RestQuery String to, @RestQuery String strand,
            @RestQuery String service, @RestQuery String worker) {
        InsightFilterView filterView = filters.forPage(from, to, strand, service, worker);
        NeighbourhoodDetails.Detail detail = details.detail(id, filterView.filter());
        List<Row> rows = Arrays.stream(MapMeasure.values()).map(m -> new Row(m.label(), detail.figures().figure(m).text())).toList();
        return InsightResponses.page(filterView, Templates.neighbourhood(detail, new RawString(detail.chart()), filterView.filter(), filterView, rows));
    }

    private static MapMeasure measure(String key) {
        if (key == null || key.isBlank()) {
            return MapMeasure.DEFAULT;
        }
        return MapMeasure.byKey(key.strip()).orElseThrow(() -> new InvalidInput("measure", "Choose a measure from the list"));
    }

    private static ChoroplethMap.Region region(PlaceFigures.Line line, MapMeasure measure, InsightFilter filter, Map<UUID, String> shapes) {
        Figure figure = line.figure(measure);
        ChoroplethMap.State state = switch (figure.state()) {
            case SHOWN -> ChoroplethMap.State.SHOWN;
            case NONE -> ChoroplethMap.State.NO_DATA;
            default -> ChoroplethMap.State.HIDDEN;
        };
        String href = "/insight/neighbourhoods/" + line.neighbourhood() + "?" + filter.query();
        return new ChoroplethMap.Region(line.label(), href, shapes.get(line.neighbourhood()), state,
                state == ChoroplethMap.State.SHOWN ? figure.value() : null, figure.text());
    }

    private static String rate(double value) {
        return String.format(Locale.UK, "%,.1f", value);
    }

    private static String count(double value) {
        return value == Math.rint(value) ? String.format(Locale.UK, "%,d", (long) value) : String.format(Locale.UK, "%,.1f", value);
    }
}
