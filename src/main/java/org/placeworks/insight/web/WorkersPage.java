package org.placeworks.insight.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.RestQuery;
import org.placeworks.identity.Roles;
import org.placeworks.insight.InsightFilter;
import org.placeworks.insight.InsightFilters;
import org.placeworks.organisation.StaffName;
import org.placeworks.shared.InvalidInput;

/**
 * Choosing a worker for the insight filter: every worker whose caseload the manager can see, each a link back to the
 * page asked from with the same filter and that worker. A page of its own, so that the figures' pages do not list the
 * whole workforce on every request.
 */
@Path("/insight/workers")
@RolesAllowed({Roles.MANAGER, Roles.ADMIN})
@Produces(MediaType.TEXT_HTML)
@org.placeworks.shared.OneReading // reads only: the area tree and services once per request
public class WorkersPage {

    /** Only insight's own pages: never a link off the site. */
    private static final Pattern BACK = Pattern.compile("/insight(/[A-Za-z0-9-]+)*");

    @Inject
    InsightFilters filters;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance choose(String back, String query, List<StaffName> workers);
    }

    @GET
    public TemplateInstance choose(@RestQuery String back, @RestQuery String from, @RestQuery String to,
            @RestQuery String strand, @RestQuery String service) {
        String page = back == null || back.isBlank() ? "/insight/caseload" : back.strip();
        if (!BACK.matcher(page).matches()) {
            throw new InvalidInput("back", "Give the insight page to go back to, like /insight/caseload");
        }
        InsightFilter filter = filters.parse(from, to, strand, service, null);
        return Templates.choose(page, filter.query(), filters.workerChoices());
    }
}
