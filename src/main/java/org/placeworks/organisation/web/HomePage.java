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

/** Where everyone lands after signing in: what their roles let them do, and the services they work for. */
@Path("/")
@Authenticated
public class HomePage {

    @Inject
    CurrentStaff current;

    @Inject
    StaffDirectory staff;

    /** A card on the home page for something the person's role lets them do. */
    public record Task(String title, String href, String description) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(String name, List<String> roles, StaffView me, List<Task> tasks);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance home() {
        StaffView me = staff.me().orElse(null);
        List<String> roles = current.roles().stream().filter(Roles.ALL::contains).map(Roles::label).toList();
        return Templates.home(current.displayName(), roles, me, tasks());
    }

    private List<Task> tasks() {
        List<Task> tasks = new java.util.ArrayList<>();
        if (current.has(Roles.FRONTLINE) || current.has(Roles.LEAD_PROFESSIONAL) || current.has(Roles.PANEL_CHAIR)
                || current.has(Roles.PANEL_MEMBER) || current.has(Roles.MANAGER)) {
            tasks.add(new Task("My cases", "/cases", "Your early help cases, with what is due next and anything overdue first."));
            tasks.add(new Task("Families", "/families", "Find a family or person before recording a new one, and start a request for support."));
        }
        tasks.add(new Task("Who covers an address", "/coverage", "Find which services, for each strand, cover an address."));
        if (current.has(Roles.ADMIN)) {
            tasks.add(new Task("Places", "/admin/areas", "Areas, neighbourhoods, estates, their deprivation deciles and boundaries; import from CSV and GeoJSON."));
            tasks.add(new Task("Addresses", "/admin/addresses", "Addresses with UPRN and postcode; import from CSV."));
            tasks.add(new Task("Services and strands", "/admin/services", "Services, their boundaries, the strands they deliver and where each strand runs."));
            tasks.add(new Task("Staff", "/admin/staff", "Invite staff, change their roles and services, and disable leavers."));
        }
        return tasks;
    }
}
