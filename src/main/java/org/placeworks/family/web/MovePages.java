package org.placeworks.family.web;

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
import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.placeworks.family.Families;
import org.placeworks.family.FamilyView;
import org.placeworks.family.MoveCommand;
import org.placeworks.family.PlaceKind;
import org.placeworks.geography.Places;
import org.placeworks.identity.Roles;
import org.placeworks.shared.OneReading;
import org.placeworks.shared.Text;
import org.placeworks.shared.Today;
import org.placeworks.shared.web.Form;
import org.placeworks.shared.web.FormErrors;
import org.placeworks.shared.web.FormPost;
import org.placeworks.shared.web.Option;

/**
 * Record that a family moved house, went into temporary accommodation or has no fixed abode, from a date.
 * The new address is found by postcode or street; a place without a UPRN is described and put in the
 * neighbourhood the family is staying in. Saved, the family page shows the address history.
 */
@Path("/families/{id}/moves")
@RolesAllowed({ Roles.FRONTLINE, Roles.LEAD_PROFESSIONAL, Roles.PANEL_CHAIR, Roles.PANEL_MEMBER, Roles.MANAGER })
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class MovePages {

    /** A stale version is shown above the form, with a link to reload it. */
    static final String STALE = "stale";

    @Inject
    Families families;

    @Inject
    Places places;

    @Inject
    Today today;

    @Inject
    PlaceChoices choices;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance move(FamilyView family, Form form, List<Option> kinds, List<Option> addresses,
                List<Option> neighbourhoods, FormErrors errors);
    }

    @OneReading
    @GET
    @Path("new")
    public TemplateInstance form(@RestPath UUID id, @RestQuery String addressQuery) {
        FamilyView family = families.familyToChange(id);
        Form form = Form.empty().with("version", family.version()).with("kind", PlaceKind.HOME).with("addressQuery", addressQuery)
                .withDate("movedOn", today.date());
        return page(family, form, FormErrors.none());
    }

    @POST
    @Path("new")
    public Response move(@RestPath UUID id, MultivaluedMap<String, String> body) {
        FamilyView family = families.familyToChange(id); // who may change the family is settled before anything posted is read
        Form form = Form.of(body);
        return FormPost.save("/families/" + id + "#addresses", STALE, () -> {
            MoveCommand command = new MoveCommand(form.choice(PlaceKind.class, "kind", "Select where the family lives now"),
                    form.uuid("addressId", "Select an address from the list"), form.text("description", "Description", Text.SHORT),
                    form.uuid("areaId", "Select a neighbourhood from the list"), form.date("movedOn", "The date the family moved"),
                    form.version());
            form.check();
            families.move(id, command);
        }, errors -> page(family, form, errors));
    }

    private TemplateInstance page(FamilyView family, Form form, FormErrors errors) {
        String query = form.value("addressQuery");
        List<Option> addresses = query.isBlank() ? List.of()
                : places.searchAddresses(query, 50).stream().map(a -> new Option(a.id().toString(), a.oneLine())).toList();
        return Templates.move(family, form, choices.kinds(), addresses, choices.neighbourhoods(), errors);
    }
}
