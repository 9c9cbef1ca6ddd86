package org.placeworks.caf.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.placeworks.caf.CaseNotes;
import org.placeworks.caf.NoteView;
import org.placeworks.identity.Roles;
import org.placeworks.shared.InvalidInput;

/** Contacts and case notes of an early help case, through the same service as the pages. */
@Path("/api/v1/cases/{id}/notes")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.FRONTLINE, Roles.LEAD_PROFESSIONAL, Roles.PANEL_CHAIR, Roles.PANEL_MEMBER, Roles.MANAGER})
@Tag(name = "Early help cases")
public class NotesApi {

    @Inject
    CaseNotes notes;

    @GET
    @Operation(summary = "The case's contacts and notes, latest first, with their addenda (the reading is audited)")
    @APIResponse(responseCode = "403", description = "The caller only knows the case exists")
    @APIResponse(responseCode = "404", description = "No case the caller may see has that id")
    public List<NoteView> list(@RestPath UUID id) {
        return notes.list(id);
    }

    @GET
    @Path("{noteId}")
    @Operation(summary = "One note with its addenda (audited)")
    @APIResponse(responseCode = "404", description = "No note of a case the caller may see has that id")
    public NoteView get(@RestPath UUID id, @RestPath UUID noteId) {
        return notes.note(id, noteId);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a contact or case note",
            description = "By whoever may change the case and its current Team Around the Family members. A contact in "
                    + "the future or before the request for support is refused, naming the field.")
    @APIResponse(responseCode = "201", description = "The note; Location names it")
    @APIResponse(responseCode = "422", description = "A field is missing or wrong; the body names it")
    @APIResponse(responseCode = "403", description = "The caller may not record notes on the case")
    @APIResponse(responseCode = "404", description = "No case the caller may see has that id")
    public Response add(@RestPath UUID id, NoteRequest request) {
        notes.checkMayRecord(id); // who may record is settled before the body is read
        if (request == null) {
            throw new InvalidInput("body", "Send the note as JSON");
        }
        NoteView note = notes.add(id, request.command());
        return Response.created(URI.create("/api/v1/cases/" + id + "/notes/" + note.id())).entity(note).build();
    }

    @PUT
    @Path("{noteId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Correct a note: its author only, within 24 hours of writing it")
    @APIResponse(responseCode = "403", description = "The caller did not write the note")
    @APIResponse(responseCode = "409", description = "The note changed since the version sent, or its 24 hours are over (add an addendum)")
    @APIResponse(responseCode = "422", description = "A field is missing or wrong; the body names it")
    public NoteView edit(@RestPath UUID id, @RestPath UUID noteId, NoteRequest request) {
        notes.checkMayEdit(id, noteId); // only the author, before the body is read
        if (request == null) {
            throw new InvalidInput("body", "Send the note as JSON");
        }
        return notes.edit(id, noteId, request.command());
    }

    @POST
    @Path("{noteId}/addenda")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add to a note, dated and signed; the note as written is kept")
    @APIResponse(responseCode = "409", description = "The note changed since the version sent")
    @APIResponse(responseCode = "422", description = "The addendum is missing or too long")
    public NoteView addendum(@RestPath UUID id, @RestPath UUID noteId, NoteRequest.Addendum request) {
        notes.checkMayRecord(id);
        if (request == null) {
            throw new InvalidInput("body", "Send the addendum as JSON");
        }
        return notes.addendum(id, noteId, request.text(), request.version());
    }
}
