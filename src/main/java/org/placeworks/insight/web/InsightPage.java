package org.placeworks.insight.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.placeworks.identity.Roles;
import org.placeworks.insight.InsightPlace;
import org.placeworks.insight.InsightScope;
import org.placeworks.insight.InsightSection;
import org.placeworks.insight.InsightTableSource;
import org.placeworks.insight.InsightTables;
import org.placeworks.shared.web.Destination;

/** Insight's home: the parts a manager can open, the neighbourhoods they cover, and every table's downloads. */
@Path("/insight")
@RolesAllowed({Roles.MANAGER, Roles.ADMIN})
@Produces(MediaType.TEXT_HTML)
@org.placeworks.shared.OneReading // reads only: the area tree and services once per request
public class InsightPage {

    @jakarta.enterprise.inject.Produces
    static final Destination DESTINATION = new Destination(56, "/insight", "Insight", "Caseload and outcomes by neighbourhood",
            "Figures for the neighbourhoods you cover: caseload, timeliness, outcomes and inequality, with downloads.",
            Set.of(Roles.MANAGER, Roles.ADMIN));

    @Inject
    Instance<InsightSection> sections;

    @Inject
    InsightTables tables;

    @Inject
    InsightScope scope;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(List<InsightSection> sections, List<InsightPlace> neighbourhoods,
                List<InsightTableSource> tables);
    }

    @GET
    public TemplateInstance index() {
        return Templates.index(sections.stream().sorted(Comparator.comparingInt(InsightSection::order)).toList(),
                scope.neighbourhoods(), tables.all());
    }
}
