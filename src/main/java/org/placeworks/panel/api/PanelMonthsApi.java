package org.placeworks.panel.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.placeworks.identity.Roles;
import org.placeworks.panel.MeetingMonths;
import org.placeworks.panel.MonthsCommand;
import org.placeworks.panel.PanelMonths;
import org.placeworks.shared.InvalidInput;

/** The months a panel does not meet, for administrators and managers. */
@Path("/api/v1/panels/{id}/months")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.MANAGER})
@Tag(name = "Panels")
public class PanelMonthsApi {

    @Inject
    PanelMonths months;

    @GET
    @Operation(summary = "The months the panel does not meet, its cadence and its next meetings")
    @APIResponse(responseCode = "404", description = "No panel the caller may see has that id")
    public MeetingMonths get(@RestPath UUID id) {
        return months.months(id);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set the months the panel does not meet (e.g. [\"AUGUST\"]): their empty meetings leave the diary")
    @APIResponse(responseCode = "422", description = "All twelve months, or no body")
    @APIResponse(responseCode = "409", description = "A stale version")
    public MeetingMonths put(@RestPath UUID id, MonthsCommand command) {
        months.requireMaySet(id);
        if (command == null) {
            throw new InvalidInput("body", "Send the months as JSON");
        }
        return months.skip(id, command.months(), command.version());
    }
}
