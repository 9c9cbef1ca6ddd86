package org.placeworks.caf.web;

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
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestPath;
import org.placeworks.caf.CafCases;
import org.placeworks.caf.CaseNotes;
import org.placeworks.caf.CaseView;
import org.placeworks.caf.ContactType;
import org.placeworks.caf.NoteCommand;
import org.placeworks.caf.NoteView;
import org.placeworks.identity.Roles;
import org.placeworks.shared.OneReading;
import org.placeworks.shared.Today;
import org.placeworks.shared.web.Form;
import org.placeworks.shared.web.FormErrors;
import org.placeworks.shared.web.FormPost;
import org.placeworks.shared.web.Option;

/**
 * Contacts and case notes: recording one, reading one with its addenda, its author correcting it
 * within 24 hours, and adding to it. Who may act is settled before anything posted is read; bad
 * input is shown against its fields (422), a note changed meanwhile or past its 24 hours is refused
 * with the reason (409).
 */
@Path("/cases/{id}/notes")
@RolesAllowed({Roles.FRONTLINE, Roles.LEAD_PROFESSIONAL, Roles.PANEL_CHAIR, Roles.PANEL_MEMBER, Roles.MANAGER})
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class CaseNotePages {

    @Inject
    CaseNotes notes;

    @Inject
    CafCases cases;

    @Inject
    Today today;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(CaseView c, NoteView note, String action, Form form, List<Option> types,
                List<Option> people, List<Option> yesNo, FormErrors errors);

        static native TemplateInstance show(CaseView c, NoteView note);

        static native TemplateInstance addendum(CaseView c, NoteView note, Form form, FormErrors errors);
    }

    @OneReading
    @GET
    @Path("new")
    public TemplateInstance newNote(@RestPath UUID id) {
        notes.checkMayRecord(id);
        var now = today.now();
        Form form = Form.empty().withDate("happenedOn", now.toLocalDate())
                .with("happenedAt", now.toLocalTime().withSecond(0).withNano(0).toString());
        return formPage(cases.find(id), null, form, FormErrors.none());
    }

    @POST
    @Path("new")
    public Response add(@RestPath UUID id, MultivaluedMap<String, String> body) {
        notes.checkMayRecord(id); // who may record is settled before anything posted is read
        Form form = Form.of(body);
        return FormPost.save("happenedOn", () -> {
            NoteCommand command = command(form);
            form.check();
            return "/cases/" + id + "/notes/" + notes.add(id, command).id();
        }, errors -> formPage(cases.find(id), null, form, errors));
    }

    @OneReading
    @GET
    @Path("{noteId}")
    public TemplateInstance show(@RestPath UUID id, @RestPath UUID noteId) {
        NoteView note = notes.note(id, noteId);
        return Templates.show(cases.find(id), note);
    }

    @OneReading
    @GET
    @Path("{noteId}/edit")
    public TemplateInstance editForm(@RestPath UUID id, @RestPath UUID noteId) {
        NoteView note = notes.noteToEdit(id, noteId);
        Form form = Form.empty().with("version", note.version()).withDate("happenedOn", note.happenedOn())
                .with("happenedAt", note.timeOfDay()).with("type", note.type())
                .withAll("seen", note.seen().stream().map(NoteView.Seen::personId).toList())
                .withYesNo("childSeenAlone", note.childSeenAlone()).with("text", note.text())
                .with("followUp", note.followUp()).withDate("followUpOn", note.followUpOn());
        return formPage(cases.find(id), note, form, FormErrors.none());
    }

    @POST
    @Path("{noteId}/edit")
    public Response edit(@RestPath UUID id, @RestPath UUID noteId, MultivaluedMap<String, String> body) {
        notes.checkMayEdit(id, noteId); // only the author, before anything posted is read
        Form form = Form.of(body);
        return FormPost.save("/cases/" + id + "/notes/" + noteId, "happenedOn", () -> {
            NoteCommand command = command(form);
            form.check();
            notes.edit(id, noteId, command);
        }, errors -> formPage(cases.find(id), notes.noteToEdit(id, noteId), form, errors));
    }

    @OneReading
    @GET
    @Path("{noteId}/addendum")
    public TemplateInstance addendumForm(@RestPath UUID id, @RestPath UUID noteId) {
        notes.checkMayRecord(id);
        NoteView note = notes.note(id, noteId);
        return Templates.addendum(cases.find(id), note, Form.empty().with("version", note.version()), FormErrors.none());
    }

    @POST
    @Path("{noteId}/addendum")
    public Response addendum(@RestPath UUID id, @RestPath UUID noteId, MultivaluedMap<String, String> body) {
        notes.checkMayRecord(id);
        Form form = Form.of(body);
        return FormPost.save("/cases/" + id + "/notes/" + noteId, "text", () -> {
            String text = form.longText("text", "Addendum");
            form.check();
            notes.addendum(id, noteId, text, form.version());
        }, errors -> Templates.addendum(cases.find(id), notes.note(id, noteId), form, errors));
    }

    /** The note as the form holds it; what cannot be read is a problem on its field. */
    private static NoteCommand command(Form form) {
        var on = form.date("happenedOn", "The date of the contact");
        LocalTime at = form.time("happenedAt", "The time of the contact");
        ContactType type = form.choice(ContactType.class, "type");
        var seen = form.uuids("seen");
        Boolean alone = form.value("childSeenAlone").isBlank() ? null : form.yes("childSeenAlone", false);
        String text = form.longText("text", "Note");
        String followUp = form.longText("followUp", "Follow-up");
        var followUpOn = form.date("followUpOn", "The follow-up date");
        return new NoteCommand(on, at, type, seen, alone, text, followUp, followUpOn, form.version());
    }

    private static TemplateInstance formPage(CaseView c, NoteView note, Form form, FormErrors errors) {
        String action = note == null ? "/cases/" + c.id() + "/notes/new" : "/cases/" + c.id() + "/notes/" + note.id() + "/edit";
        List<Option> types = Arrays.stream(ContactType.values()).map(t -> new Option(t.name(), t.label())).toList();
        List<Option> people = c.family().people().stream().map(p -> new Option(p.id().toString(), p.fullName())).toList();
        return Templates.form(c, note, action, form, types, people, CafWeb.yesNo(), errors);
    }
}
