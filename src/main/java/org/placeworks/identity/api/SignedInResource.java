package org.placeworks.identity.api;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.placeworks.identity.CurrentStaff;
import org.placeworks.identity.Roles;

/** Who the bearer token belongs to, as Placeworks sees them: lets a client check its token and roles. */
@Path("/api/v1/me")
@Authenticated
@Tag(name = "Identity")
public class SignedInResource {

    @Inject
    CurrentStaff current;

    public record SignedIn(String username, String name, Set<String> roles) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The signed-in member of staff and their Placeworks roles")
    public SignedIn me() {
        Set<String> roles = new java.util.TreeSet<>(current.roles());
        roles.retainAll(Roles.ALL);
        return new SignedIn(current.username(), current.displayName(), roles);
    }
}
