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
import org.placeworks.insight.InsightPlace;
import org.placeworks.insight.InsightScope;
import org.placeworks.insight.InsightSection;
import org.placeworks.insight.InsightTable;
import org.placeworks.insight.internal.ChoroplethMap;
import org.placeworks.insight.internal.MapMeasure;
import org.placeworks.insight.internal.NeighbourhoodBoundaries;
import org.placeworks.insight.internal.NeighbourhoodDetails;
import org.placeworks.insight.internal.PlaceFigures;
import org.placeworks.shared.InvalidInput;
import org.placeworks.shared.NotFound;
import org.placeworks.shared.web.Option;

/**
 * The neighbourhood map: the manager's neighbourhoods shaded by a chosen measure, drawn on the server,
 * with the same figures as a table; and each neighbourhood's own page with its trend month by month.
 * Only the neighbourhoods the manager's services cover are drawn, listed or opened: another is not found.
 */
@Path("/insight")
@RolesAllowed({Roles.MANAGER, Roles.ADMIN})
@Produces(MediaType.TEXT_HTML)
@org.placeworks.shared.OneReading // reads only: the area tree and services once per request
public class MapPage {

    @jakarta.enterprise.inject.Produces
    static final InsightSection SECTION = new InsightSection(20, "/insight/map", "Neighbourhood map",
            "Your neighbourhoods shaded by children on open cases per 1,000 children, new referrals and other measures, "
                    + "with the same figures as a table; each neighbourhood with its trend month by month.");

    @Inject
    InsightFilters filters;

    @Inject
    InsightScope scope;

    @Inject
    MapTable table;

    @Inject
    NeighbourhoodBoundaries boundaries;

    @Inject
    NeighbourhoodDetails details;

    /** What the map page shows: the chosen measure and its choices, the drawing, each neighbourhood's link, the table. */
    public record MapView(String measure, String measureLabel, List<Option> measures, InsightFilter filter,
            InsightFilterView filterView, RawString svg, List<Link> neighbourhoods, InsightTable table, int undrawn) {
    }

    /** A neighbourhood's link to its page, with its figure for the measure mapped. */
    public record Link(String href, String name, String figure) {
    }

    /** A measure's figure on the neighbourhood page. */
    public record Row(String label, String text) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance map(MapView view);

        static native TemplateInstance neighbourhood(NeighbourhoodDetails.Detail detail, RawString chart, InsightFilter filter,
                InsightFilterView filterView, List<Row> figures);
    }

    @GET
    @Path("map")
    public Response map(@RestQuery String measure, @RestQuery String from, @RestQuery String to, @RestQuery String strand,
            @RestQuery String service, @RestQuery String worker) {
        MapMeasure chosen = measure(measure);
        InsightFilterView filterView = filters.forPage(from, to, strand, service, worker);
        InsightFilter filter = filterView.filter();
        List<PlaceFigures.Line> neighbourhoods = table.figures(filter).neighbourhoods();
        Map<UUID, String> shapes = boundaries.of(neighbourhoods.stream().map(PlaceFigures.Line::neighbourhood).toList());
        List<ChoroplethMap.Region> regions = neighbourhoods.stream()
                .map(line -> new ChoroplethMap.Region(line.label(), href(line.neighbourhood(), filter), shapes.get(line.neighbourhood()),
                        state(line.figure(chosen)), line.figure(chosen).value(), line.figure(chosen).text()))
                .toList();
        ChoroplethMap.Drawing drawing = ChoroplethMap.draw("neighbourhood-map", chosen.label(), regions,
                chosen.perThousandChildren() ? MapPage::rate : MapPage::count);
        List<Option> options = Arrays.stream(MapMeasure.values()).map(m -> new Option(m.key(), m.label())).toList();
        List<Link> links = neighbourhoods.stream()
                .map(line -> new Link(href(line.neighbourhood(), filter), line.label(), line.figure(chosen).text())).toList();
        return InsightResponses.page(filterView, Templates.map(new MapView(chosen.key(), chosen.label(), options, filter, filterView,
                new RawString(drawing.svg()), links, table.table(filter), regions.size() - drawing.drawn())));
    }

    @GET
    @Path("neighbourhoods/{id}")
    public Response neighbourhood(@RestPath UUID id, @RestQuery String from, @RestQuery String to, @RestQuery String strand,
            @RestQuery String service, @RestQuery String worker) {
        if (!scope.sees(id)) {
            throw new NotFound("neighbourhood", id);
        }
        InsightPlace place = scope.neighbourhoods().stream().filter(p -> p.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFound("neighbourhood", id));
        InsightFilterView filterView = filters.forPage(from, to, strand, service, worker);
        InsightFilter filter = filterView.filter();
        PlaceFigures.Line line = table.figures(filter).neighbourhood(id).orElseThrow(() -> new NotFound("neighbourhood", id));
        NeighbourhoodDetails.Detail detail = details.detail(place, line, filter);
        List<Row> rows = Arrays.stream(MapMeasure.values()).map(m -> new Row(m.label(), line.figure(m).text())).toList();
        return InsightResponses.page(filterView, Templates.neighbourhood(detail, new RawString(detail.chart()), filter, filterView, rows));
    }

    private static MapMeasure measure(String key) {
        if (key == null || key.isBlank()) {
            return MapMeasure.DEFAULT;
        }
        return MapMeasure.byKey(key.strip()).orElseThrow(() -> new InvalidInput("measure", "Choose a measure from the list"));
    }

    private static String href(UUID neighbourhood, InsightFilter filter) {
        return "/insight/neighbourhoods/" + neighbourhood + "?" + filter.query();
    }

    private static ChoroplethMap.State state(Figure figure) {
        return switch (figure.state()) {
            case SHOWN -> ChoroplethMap.State.SHOWN;
            case NONE -> ChoroplethMap.State.NO_DATA;
            case FEWER_THAN_FIVE, WITHHELD -> ChoroplethMap.State.HIDDEN;
        };
    }

    private static String rate(double value) {
        return String.format(Locale.UK, "%,.1f", value);
    }

    private static String count(double value) {
        return value == Math.rint(value) ? String.format(Locale.UK, "%,d", (long) value) : String.format(Locale.UK, "%,.1f", value);
    }
}
