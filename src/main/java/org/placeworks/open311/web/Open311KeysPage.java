package org.placeworks.open311.web;

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
import java.util.Set;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestPath;
import org.placeworks.identity.Roles;
import org.placeworks.open311.ApiKeyView;
import org.placeworks.open311.IssuedKey;
import org.placeworks.open311.Open311Keys;
import org.placeworks.shared.web.Destination;
import org.placeworks.shared.web.Form;
import org.placeworks.shared.web.FormErrors;
import org.placeworks.shared.web.FormPost;

/** Administrators issue an API key to each Open311 client (FixMyStreet and other civic tools), and revoke it. */
@Path("/admin/open311-keys")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class Open311KeysPage {

    @jakarta.enterprise.inject.Produces
    static final Destination DESTINATION = new Destination(95, "/admin/open311-keys", "Open311 keys", "Open311 API keys",
            "Keys for FixMyStreet and other civic tools that send reports of estate issues in.", Set.of(Roles.ADMIN));

    @Inject
    Open311Keys keys;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<ApiKeyView> keys, Form form, FormErrors errors);

        static native TemplateInstance issued(IssuedKey issued);
    }

    @GET
    public TemplateInstance list() {
        return Templates.list(keys.keys(), Form.empty(), FormErrors.none());
    }

    /** The key is shown in the answer to the post itself: Placeworks keeps only its hash, so no later page could show it. */
    @POST
    public Response issue(MultivaluedMap<String, String> body) {
        Form form = Form.of(body);
        return FormPost.answer(Open311Keys.CLIENT_NAME, () -> {
            String client = form.required(form.text(Open311Keys.CLIENT_NAME, "Name of the client"), Open311Keys.CLIENT_NAME,
                    "Enter the name of the client, like FixMyStreet");
            form.check();
            return Response.ok(Templates.issued(keys.issue(client))).type(MediaType.TEXT_HTML_TYPE).build();
        }, errors -> Templates.list(keys.keys(), form, errors));
    }

    @POST
    @Path("{id}/revoke")
    public Response revoke(@RestPath UUID id, MultivaluedMap<String, String> body) {
        Form form = Form.of(body);
        return FormPost.save("/admin/open311-keys", "keys", () -> keys.revoke(id, form.version()),
                errors -> Templates.list(keys.keys(), form, errors));
    }
}
