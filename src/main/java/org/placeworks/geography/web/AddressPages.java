package org.placeworks.geography.web;

import java.util.Set;
import org.placeworks.shared.OneReading;
import org.placeworks.shared.web.Destination;
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
import org.placeworks.geography.AddressPage;
import org.placeworks.geography.AddressView;
import org.placeworks.geography.AreaKind;
import org.placeworks.geography.Places;
import org.placeworks.identity.Roles;
import org.placeworks.shared.web.EditPage;
import org.placeworks.shared.web.Form;
import org.placeworks.shared.web.FormErrors;
import org.placeworks.shared.web.FormPost;
import org.placeworks.shared.web.Option;

/** Addresses for administrators: find them by postcode, UPRN or street; add and change them. */
@Path("/admin/addresses")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class AddressPages {

    /** Addresses, for administrators. */
    @jakarta.enterprise.inject.Produces
    static final Destination DESTINATION = new Destination(70, "/admin/addresses", "Addresses", "Addresses",
            "Addresses with UPRN and postcode; import from CSV.", Set.of(Roles.ADMIN));

    static final int PAGE_SIZE = 20;

    @Inject
    Places places;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(AddressPage page, String q, Pagination pagination);

        static native TemplateInstance show(AddressView address);

        static native TemplateInstance form(AddressView address, Form form, List<Option> neighbourhoods,
                List<Option> estates, FormErrors errors);
    }

    @GET
    @OneReading
    public TemplateInstance list(@RestQuery String q, @RestQuery Integer page) {
        AddressPage result = places.addressPage(q, page == null ? 1 : page, PAGE_SIZE);
        return Templates.list(result, q == null ? "" : q.strip(), Pagination.of(result.number(), result.pages(), "/admin/addresses", q));
    }

    @OneReading
    @GET
    @Path("new")
    public TemplateInstance newAddress() {
        return form(null, Form.empty(), FormErrors.none());
    }

    @POST
    public Response create(MultivaluedMap<String, String> body) {
        Form form = Form.of(body);
        return FormPost.save("uprn", () -> "/admin/addresses/" + places.createAddress(AddressFields.command(form)).id(),
                errors -> form(null, form, errors));
    }

    @GET
    @Path("{id}")
    public TemplateInstance show(@RestPath UUID id) {
        return Templates.show(places.address(id));
    }

    @GET
    @Path("{id}/edit")
    public TemplateInstance edit(@RestPath UUID id) {
        return editing().form(id, AddressFields::of);
    }

    @POST
    @Path("{id}/edit")
    public Response update(@RestPath UUID id, MultivaluedMap<String, String> body) {
        return editing().save(id, body, "stale", form -> "/admin/addresses/" + places.updateAddress(id, AddressFields.command(form)).id());
    }

    private EditPage<AddressView> editing() {
        return EditPage.of(places::address, this::form);
    }

    private TemplateInstance form(AddressView address, Form form, FormErrors errors) {
        return Templates.form(address, form, options(AreaKind.NEIGHBOURHOOD), options(AreaKind.ESTATE), errors);
    }

    private List<Option> options(AreaKind kind) {
        return places.areasOfKind(kind).stream().map(a -> new Option(a.id().toString(), a.name() + " (" + a.code() + ")")).toList();
    }
}
