package org.placeworks.caf.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.placeworks.caf.ChildAssessmentCommand;
import org.placeworks.caf.ChildAssessmentView;
import org.placeworks.caf.ChildAssessments;
import org.placeworks.identity.Roles;
import org.placeworks.shared.InvalidInput;

/** The own assessments of one child of an early help case for several children, through the same service as the pages. */
@Path("/api/v1/cases/{id}/children/{personId}/assessments")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.FRONTLINE, Roles.LEAD_PROFESSIONAL, Roles.PANEL_CHAIR, Roles.PANEL_MEMBER, Roles.MANAGER})
@Tag(name = "Early help cases")
public class ChildAssessmentsApi {

    @Inject
    ChildAssessments assessments;

    @GET
    @Operation(summary = "The child's own assessments, latest first; the earlier ones as they stood (the reading is audited)")
    @APIResponse(responseCode = "403", description = "The caller only knows the case exists")
    @APIResponse(responseCode = "404", description = "No case the caller may see has that id, or the person is not a child of it")
    public List<ChildAssessmentView> list(@RestPath UUID id, @RestPath UUID personId) {
        return assessments.ofChild(id, personId);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the child's own assessment (again, to replace the one in force, which is kept)",
            description = "strengths and needs per CAF element (at least one), childsVoice, completedOn (today or before, not "
                    + "before consent; today when empty) and the case's version. The child's needs keep their scores on the "
                    + "family assessment. By whoever may change the case, once the family has consented, on a case for two or "
                    + "more children.")
    @APIResponse(responseCode = "201", description = "The child's assessment")
    @APIResponse(responseCode = "403", description = "The caller may not change the case")
    @APIResponse(responseCode = "404", description = "No case the caller may see has that id")
    @APIResponse(responseCode = "409", description = "The case changed since the version sent, is closed, has no consent in "
            + "force, or is about one child")
    @APIResponse(responseCode = "422", description = "A field is missing or wrong, or personId is not a child of the case; "
            + "the body names it")
    public Response record(@RestPath UUID id, @RestPath UUID personId, ChildAssessmentCommand request) {
        assessments.checkMayRecord(id); // who may record is settled before the body is read
        if (request == null) {
            throw new InvalidInput("body", "Send the child's assessment as JSON");
        }
        ChildAssessmentView recorded = assessments.record(id, personId, request);
        return Response.created(URI.create("/api/v1/cases/" + id + "/children/" + personId + "/assessments")).entity(recorded).build();
    }
}
