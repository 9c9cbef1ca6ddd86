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
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestPath;
import org.placeworks.caf.CafCases;
import org.placeworks.caf.CaseLoops;
import org.placeworks.caf.CaseStatus;
import org.placeworks.caf.CaseView;
import org.placeworks.caf.CaseWork;
import org.placeworks.caf.ReferralDecision;
import org.placeworks.caf.ReferralDecisionCommand;
import org.placeworks.caf.SignOffCommand;
import org.placeworks.caf.SignOffState;
import org.placeworks.caf.SocialCareDecisionCommand;
import org.placeworks.identity.Roles;
import org.placeworks.organisation.StaffDirectory;
import org.placeworks.shared.Conflict;
import org.placeworks.shared.Forbidden;
import org.placeworks.shared.Today;
import org.placeworks.shared.web.Form;
import org.placeworks.shared.web.FormErrors;
import org.placeworks.shared.web.FormPost;
import org.placeworks.shared.web.Option;

/**
 * The forms that close a case's loops: the decision on a new referral, a manager's sign-off of a
 * closure, step up or step down, children's social care's answer to a step up, and marking a call
 * to the referrer as made. Each checks who may act before it reads what was posted.
 */
@Path("/cases/{id}")
@RolesAllowed({Roles.FRONTLINE, Roles.LEAD_PROFESSIONAL, Roles.PANEL_CHAIR, Roles.PANEL_MEMBER, Roles.MANAGER})
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class CaseLoopPages {

    @Inject
    CafCases cases;

    @Inject
    CaseWork work;

    @Inject
    CaseLoops loops;

    @Inject
    StaffDirectory staff;

    @Inject
    Today today;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance referralDecision(CaseView c, Form form, List<Option> decisions, List<Option> workers,
                FormErrors errors);

        static native TemplateInstance signOff(CaseView c, Form form, List<Option> decisions, FormErrors errors);

        static native TemplateInstance socialCareDecision(CaseView c, Form form, List<Option> answers, FormErrors errors);
    }

    // --- The referral ----------------------------------------------------------------------------------

    @GET
    @Path("referral-decision")
    public TemplateInstance referralDecisionForm(@RestPath UUID id) {
        CaseView c = editable(id);
        if (c.status() != CaseStatus.AWAITING_CONSENT || c.loop().referralDecision() != null) {
            throw new Conflict("The referral for case " + c.reference() + " has already been decided.");
        }
        return referralDecisionPage(c, versioned(c).withDate("decidedOn", today.date()), FormErrors.none());
    }

    @POST
    @Path("referral-decision")
    public Response decideReferral(@RestPath UUID id, MultivaluedMap<String, String> body) {
        work.revision(id); // who may change the case is settled before anything posted is read
        Form form = Form.of(body);
        return FormPost.save("/cases/" + id, "decision", () -> {
            ReferralDecisionCommand command = new ReferralDecisionCommand(form.choice(ReferralDecision.class, "decision"),
                    form.uuid("workerId"), form.longText("reason", "Why the referral is declined"),
                    form.text("signpostedTo", "Where the family were signposted to"),
                    form.required(form.date("decidedOn", "The date of the decision"), "decidedOn", "Enter the date of the decision"),
                    form.version());
            form.check();
            loops.decideReferral(id, command);
        }, errors -> referralDecisionPage(cases.find(id), form, errors));
    }

    private TemplateInstance referralDecisionPage(CaseView c, Form form, FormErrors errors) {
        List<Option> decisions = Arrays.stream(ReferralDecision.values()).map(d -> new Option(d.name(), d.label())).toList();
        List<Option> workers = loops.workersFor(c.id()).stream().map(s -> new Option(s.id().toString(), s.name())).toList();
        return Templates.referralDecision(c, form, decisions, workers, errors);
    }

    // --- Sign-off ----------------------------------------------------------------------------------------

    @GET
    @Path("sign-off")
    public TemplateInstance signOffForm(@RestPath UUID id) {
        CaseView c = signable(cases.find(id));
        return Templates.signOff(c, versioned(c), signOffDecisions(), FormErrors.none());
    }

    @POST
    @Path("sign-off")
    public Response signOff(@RestPath UUID id, MultivaluedMap<String, String> body) {
        Form form = Form.of(body);
        // The service settles who may sign off (a manager of the owning service, not the one who asked) before the form is read.
        return FormPost.save("/cases/" + id, "decision", () -> {
            loops.decideSignOff(id, new SignOffCommand(form.choice(SignOffState.class, "decision"),
                    form.longText("note", "Oversight note"), form.version()));
        }, errors -> Templates.signOff(cases.find(id), form, signOffDecisions(), errors));
    }

    /** Who may sign off is settled first: a manager of the owning service; then whether anything awaits; never their own request. */
    private static CaseView signable(CaseView c) {
        if (!c.loop().managesCase()) {
            throw new Forbidden("Only a manager of " + c.owningService() + " can sign off this case's closure, step up or step down.");
        }
        if (!c.awaitingSignOff()) {
            throw new Conflict("Case " + c.reference() + " has nothing awaiting sign-off.");
        }
        if (!c.loop().canSignOff()) {
            throw new Forbidden("You asked for this " + c.loop().awaitingSignOff().kind().label().toLowerCase()
                    + ": another manager must sign it off.");
        }
        return c;
    }

    private static List<Option> signOffDecisions() {
        return List.of(new Option(SignOffState.SIGNED_OFF.name(), "Sign it off"),
                new Option(SignOffState.SENT_BACK.name(), "Send it back to the worker"));
    }

    // --- Children's social care's answer to a step up --------------------------------------------------------------

    @GET
    @Path("step-up/decision")
    public TemplateInstance socialCareDecisionForm(@RestPath UUID id) {
        CaseView c = editable(id);
        if (c.status() != CaseStatus.AWAITING_SOCIAL_CARE) {
            throw new Conflict("Case " + c.reference() + " is not waiting for children's social care's decision.");
        }
        return Templates.socialCareDecision(c, versioned(c).withDate("decidedOn", today.date()), answers(), FormErrors.none());
    }

    @POST
    @Path("step-up/decision")
    public Response socialCareDecided(@RestPath UUID id, MultivaluedMap<String, String> body) {
        work.revision(id);
        Form form = Form.of(body);
        return FormPost.save("/cases/" + id, "accepted", () -> {
            Boolean accepted = form.value("accepted").isBlank() ? null : form.yes("accepted", false);
            SocialCareDecisionCommand command = new SocialCareDecisionCommand(accepted, form.longText("reason", "Their reason"),
                    form.required(form.date("decidedOn", "The date of their decision"), "decidedOn", "Enter the date of their decision"),
                    form.version());
            form.check();
            loops.socialCareDecided(id, command);
        }, errors -> Templates.socialCareDecision(cases.find(id), form, answers(), errors));
    }

    private static List<Option> answers() {
        return List.of(new Option("yes", "Accepted: the case closes here as stepped up"),
                new Option("no", "Not accepted: the case returns to early help"));
    }

    // --- The call to the referrer ---------------------------------------------------------------------------------

    @POST
    @Path("referrer-call")
    public Response referrerCalled(@RestPath UUID id, MultivaluedMap<String, String> body) {
        Form form = Form.of(body);
        loops.referrerCalled(id, form.version());
        return FormPost.seeOther("/cases/" + id);
    }

    // --- Shared -----------------------------------------------------------------------------------------------------

    private CaseView editable(UUID id) {
        CaseView c = cases.find(id);
        if (!c.canEdit()) {
            throw new Forbidden("Only the case's own service can change it.");
        }
        return c;
    }

    private static Form versioned(CaseView c) {
        return Form.empty().with("version", c.version());
    }
}
