package org.placeworks.caf.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.placeworks.caf.CafCases;
import org.placeworks.caf.CaseView;
import org.placeworks.caf.CaseWork;
import org.placeworks.caf.Reassessments;
import org.placeworks.identity.Roles;
import org.placeworks.shared.InvalidInput;

/**
 * The steps of the CAF cycle after consent, through the same services as the pages: the
 * assessment (and re-assessment), the lead professional, the Team Around the Family, plan actions
 * and reviews. Who may change the case is settled before the body is read; each change carries
 * the case's version (409 when it changed meanwhile); bad input is 422 naming the field (a need's
 * problem as {@code needs[<id>].score}). Each answers with the case as it now stands.
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.FRONTLINE, Roles.LEAD_PROFESSIONAL, Roles.PANEL_CHAIR, Roles.PANEL_MEMBER, Roles.MANAGER})
@Tag(name = "Early help cases")
public class CaseStepsApi {

    @Inject
    CaseWork work;

    @Inject
    Reassessments reassessments;

    @Inject
    CafCases cases;

    @PUT
    @Path("cases/{id}/assessment")
    @Operation(summary = "Save the assessment, or complete it (complete: true)",
            description = "Completing needs a baseline score for every need and findings for at least one element; it opens "
                    + "the plan and sets the first review and the re-assessment due. Goals per need are optional.")
    @APIResponse(responseCode = "200", description = "The case")
    @APIResponse(responseCode = "403", description = "The caller may see the case but not change it")
    @APIResponse(responseCode = "404", description = "No case the caller may see has that id")
    @APIResponse(responseCode = "409", description = "The case changed since the version sent, or is not being assessed")
    @APIResponse(responseCode = "422", description = "A field is missing or wrong; the body names it")
    public CaseView assessment(@RestPath UUID id, StepRequests.Assessment request) {
        work.revision(id); // who may change the case is settled before the body is read
        work.recordAssessment(id, required(request, "assessment").command());
        return cases.find(id);
    }

    @POST
    @Path("cases/{id}/reassessments")
    @Operation(summary = "Re-assess the family",
            description = "New findings and a new score for every need replace the assessment in force, which is kept as "
                    + "history; the next re-assessment falls due after the configured interval.")
    @APIResponse(responseCode = "201", description = "The case, with the earlier assessment kept")
    @APIResponse(responseCode = "409", description = "The case changed since the version sent, or has no active plan")
    @APIResponse(responseCode = "422", description = "A field is missing or wrong; the body names it")
    public Response reassess(@RestPath UUID id, StepRequests.Reassessment request) {
        work.revision(id);
        StepRequests.Reassessment r = required(request, "re-assessment");
        reassessments.reassess(id, new org.placeworks.caf.ReassessmentCommand(r.strengths(), r.needs(),
                StepRequests.scores(r.scores()), r.childsVoice(), r.familyViews(), r.completedOn(), r.goals(), r.version()));
        return Response.created(URI.create("/api/v1/cases/" + id)).entity(cases.find(id)).build();
    }

    @jakarta.ws.rs.GET
    @Path("cases/{id}/earlier-assessments")
    @Operation(summary = "The assessments re-assessments replaced, latest first, as they stood (the reading is audited)")
    @APIResponse(responseCode = "403", description = "The caller only knows the case exists")
    @APIResponse(responseCode = "404", description = "No case the caller may see has that id")
    public java.util.List<org.placeworks.caf.EarlierAssessmentView> earlierAssessments(@RestPath UUID id) {
        return reassessments.history(id);
    }

    @PUT
    @Path("cases/{id}/lead-professional")
    @Operation(summary = "Appoint or change the lead professional (an active member of staff the family's consent allows)")
    @APIResponse(responseCode = "200", description = "The case")
    @APIResponse(responseCode = "409", description = "The case changed since the version sent, or is closed")
    @APIResponse(responseCode = "422", description = "staffId is missing, not active staff, or from an agency the family refused")
    public CaseView leadProfessional(@RestPath UUID id, StepRequests.Staff request) {
        work.revision(id);
        StepRequests.Staff r = required(request, "lead professional");
        try {
            work.appointLeadProfessional(id, r.staffId(), r.version());
        } catch (InvalidInput e) {
            // The service names the page's field; the body calls it staffId.
            java.util.Map<String, String> named = new java.util.LinkedHashMap<>();
            e.errors().forEach((field, message) -> named.put(field.equals("leadProfessionalId") ? "staffId" : field, message));
            throw new InvalidInput(named);
        }
        return cases.find(id);
    }

    @POST
    @Path("cases/{id}/team")
    @Operation(summary = "Add a member of staff to the Team Around the Family (they then see the case and its family)")
    @APIResponse(responseCode = "200", description = "The case")
    @APIResponse(responseCode = "409", description = "The case changed since the version sent, or is closed")
    @APIResponse(responseCode = "422", description = "staffId is missing, not active staff, or from an agency the family refused")
    public CaseView addTeamMember(@RestPath UUID id, StepRequests.Staff request) {
        work.revision(id);
        StepRequests.Staff r = required(request, "member of the team");
        work.addTeamMember(id, r.staffId(), r.version());
        return cases.find(id);
    }

    @DELETE
    @Path("cases/{id}/team/{staffId}")
    @Operation(summary = "A member leaves the Team Around the Family (?version= the case's version); the record is kept")
    @APIResponse(responseCode = "200", description = "The case")
    @APIResponse(responseCode = "404", description = "No current member of the team has that id")
    @APIResponse(responseCode = "409", description = "The case changed since the version sent")
    public CaseView removeTeamMember(@RestPath UUID id, @RestPath UUID staffId, @RestQuery Long version) {
        work.revision(id);
        work.removeTeamMember(id, staffId, version);
        return cases.find(id);
    }

    @POST
    @Path("cases/{id}/plan/actions")
    @Operation(summary = "Add an action to the plan: the need it serves, what will be done, the owner and the due date",
            description = "The owner joins the Team Around the Family if they are not on it already.")
    @APIResponse(responseCode = "201", description = "The case, with the action in its plan")
    @APIResponse(responseCode = "409", description = "The case changed since the version sent, or has no active plan")
    @APIResponse(responseCode = "422", description = "A field is missing or wrong; the body names it")
    public Response addAction(@RestPath UUID id, StepRequests.Action request) {
        work.revision(id);
        work.addAction(id, required(request, "action").command());
        return Response.created(URI.create("/api/v1/cases/" + id)).entity(cases.find(id)).build();
    }

    @PUT
    @Path("cases/{id}/plan/actions/{actionId}")
    @Operation(summary = "Update an action's status: the case's own service, or the Team member who owns the action",
            description = "version is the action's own version, from the case's actions.")
    @APIResponse(responseCode = "200", description = "The case")
    @APIResponse(responseCode = "403", description = "The caller neither changes the case nor owns the action")
    @APIResponse(responseCode = "409", description = "The action changed since the version sent, or the case is closed")
    @APIResponse(responseCode = "422", description = "status is missing")
    public CaseView updateAction(@RestPath UUID id, @RestPath UUID actionId, StepRequests.ActionUpdate request) {
        // Who may update this action is the service's first check, before the body is read.
        StepRequests.ActionUpdate r = request == null ? new StepRequests.ActionUpdate(null, null) : request;
        work.progressAction(id, actionId, r.status(), r.version());
        return cases.find(id);
    }

    @POST
    @Path("cases/{id}/reviews")
    @Operation(summary = "Record a review: progress against each need's goal and a new score (1-10) for every need",
            description = "needs is keyed by need id: {\"<needId>\": {\"progress\": \"IMPROVED\", \"score\": 6}}.")
    @APIResponse(responseCode = "201", description = "The case, with the review")
    @APIResponse(responseCode = "409", description = "The case changed since the version sent, or has no active plan")
    @APIResponse(responseCode = "422", description = "A field is missing or wrong; the body names it")
    public Response review(@RestPath UUID id, StepRequests.Review request) {
        work.revision(id);
        work.recordReview(id, required(request, "review").command());
        return Response.created(URI.create("/api/v1/cases/" + id)).entity(cases.find(id)).build();
    }

    private static <T> T required(T request, String what) {
        if (request == null) {
            throw new InvalidInput("body", "Send the " + what + " as JSON");
        }
        return request;
    }
}
