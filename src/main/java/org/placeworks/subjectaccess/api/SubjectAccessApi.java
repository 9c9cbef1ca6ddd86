package org.placeworks.subjectaccess.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.placeworks.identity.Roles;
import org.placeworks.subjectaccess.SubjectAccessRequests;

@Path("/api/v1/subject-access")
@RolesAllowed(Roles.DPO)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Subject access", description = "Released subject access exports (UK GDPR Art. 15), for the data protection officer")
public class SubjectAccessApi {

    @Inject
    SubjectAccessRequests requests;

    @GET
    @Path("{id}/export")
    @Operation(summary = "The released export of a subject access request",
            description = "Everything held about the person, as released: redacted items say so in their note, withheld items name"
                    + " the exemption. 409 until the export has been reviewed and released; each download is audited.")
    public Response export(@RestPath UUID id) {
        return Response.ok(requests.finalCopy(id, "JSON")).header("Cache-Control", "no-store").build();
    }
}
