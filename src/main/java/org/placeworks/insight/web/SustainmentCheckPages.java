package org.placeworks.insight.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestPath;
import org.placeworks.identity.Roles;
import org.placeworks.insight.SustainmentAnswer;
import org.placeworks.insight.SustainmentCheckView;
import org.placeworks.insight.SustainmentChecks;
import org.placeworks.insight.SustainmentLine;
import org.placeworks.shared.Text;
import org.placeworks.shared.web.Destination;
import org.placeworks.shared.web.Form;
import org.placeworks.shared.web.FormErrors;
import org.placeworks.shared.web.FormPost;
import org.placeworks.shared.web.Option;

/**
 * The lead professional's 6-month sustainment checks: those coming due and overdue, and the form that records
 * whether each outcome held, with its evidence. A manager of the owning service may open and record one too.
 */
@Path("/sustainment-checks")
@RolesAllowed({Roles.LEAD_PROFESSIONAL, Roles.FRONTLINE, Roles.MANAGER})
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class SustainmentCheckPages {

    @jakarta.enterprise.inject.Produces
    static final Destination DESTINATION = new Destination(27, "/sustainment-checks", "Sustainment checks",
            "Sustainment checks", "Check, 6 months after a case closed with its needs met, that each outcome held.",
            Set.of(Roles.LEAD_PROFESSIONAL, Roles.FRONTLINE));

    @Inject
    SustainmentChecks checks;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(List<SustainmentLine> checks, int daysAhead);

        static native TemplateInstance show(SustainmentCheckView check, Form form, List<Option> heldOptions, FormErrors errors);
    }

    @GET
    @RolesAllowed({Roles.LEAD_PROFESSIONAL, Roles.FRONTLINE})
    public TemplateInstance index() {
        return Templates.index(checks.mine(), SustainmentChecks.DUE_AHEAD_DAYS);
    }

    @GET
    @Path("{id}")
    public TemplateInstance show(@RestPath UUID id) {
        SustainmentCheckView check = checks.find(id);
        Form form = Form.empty().with("version", check.version());
        for (SustainmentCheckView.Outcome o : check.outcomes()) {
            if (o.held() != null) {
                form.withYesNo("held-" + o.id(), o.held());
            }
            if (o.evidence() != null) {
                form.with("evidence-" + o.id(), o.evidence());
            }
        }
        return Templates.show(check, form, HELD, FormErrors.none());
    }

    @POST
    @Path("{id}")
    public Response record(@RestPath UUID id, MultivaluedMap<String, String> body) {
        Form form = Form.of(body);
        return FormPost.save("/sustainment-checks/" + id, "stale", () -> {
            Map<UUID, SustainmentAnswer> answers = new LinkedHashMap<>();
            Map<String, String> held = form.prefixed("held-");
            for (Map.Entry<String, String> e : held.entrySet()) {
                UUID outcome = outcomeId(e.getKey());
                String field = "held-" + e.getKey();
                if (outcome == null) {
                    continue;
                }
                if (!e.getValue().equals("yes") && !e.getValue().equals("no")) {
                    form.problem(field, Form.CHOOSE_FROM_LIST);
                    continue;
                }
                String evidence = form.text("evidence-" + e.getKey(), "The evidence", Text.LONG);
                answers.put(outcome, new SustainmentAnswer(e.getValue().equals("yes"), evidence));
            }
            form.check();
            checks.record(id, answers, form.version());
        }, errors -> Templates.show(checks.find(id), form, HELD, errors));
    }

    private static final List<Option> HELD = List.of(new Option("yes", "Yes, it held"), new Option("no", "No, it did not hold"));

    private static UUID outcomeId(String raw) {
        try {
            return UUID.fromString(raw);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
