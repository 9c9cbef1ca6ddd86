package org.placeworks.organisation.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.placeworks.identity.CurrentStaff;
import org.placeworks.identity.Roles;
import org.placeworks.organisation.StaffDirectory;
import org.placeworks.organisation.StaffView;
import org.placeworks.shared.OneReading;
import org.placeworks.shared.web.Destination;
import org.placeworks.shared.web.Page;

/**
 * Where everyone lands after signing in: what their roles let them do (the same destinations as the
 * navigation, contributed by each feature), and the services they work for.
 */
@Path("/")
@Authenticated
public class HomePage {

    @Inject
    CurrentStaff current;

    @Inject
    StaffDirectory staff;

    @Inject
    Page page;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(String name, List<String> roles, StaffView me, List<Destination> tasks);
    }

    /** One reading: the signed-in person's record and services are the request's ground's, not read again. */
    @GET
    @OneReading
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance home() {
        StaffView me = staff.me().orElse(null);
        List<String> roles = current.roles().stream().filter(Roles.ALL::contains).map(Roles::label).toList();
        return Templates.home(current.displayName(), roles, me, page.destinations());
    }
}
