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
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.jboss.resteasy.reactive.RestPath;
import org.placeworks.caf.ActionCommand;
import org.placeworks.caf.ActionStatus;
import org.placeworks.caf.AssessmentCommand;
import org.placeworks.caf.CafCases;
import org.placeworks.caf.CafDomain;
import org.placeworks.caf.CafElement;
import org.placeworks.caf.CaseView;
import org.placeworks.caf.CaseView.ActionView;
import org.placeworks.caf.CaseView.FindingView;
import org.placeworks.caf.CaseView.NeedView;
import org.placeworks.caf.CaseWork;
import org.placeworks.caf.ClosureCommand;
import org.placeworks.caf.ClosureReason;
import org.placeworks.caf.ConsentCommand;
import org.placeworks.caf.HeadlineOutcome;
import org.placeworks.caf.NeedCommand;
import org.placeworks.caf.NeedOutcome;
import org.placeworks.caf.Progress;
import org.placeworks.caf.ReviewCommand;
import org.placeworks.family.PersonView;
import org.placeworks.identity.Roles;
import org.placeworks.organisation.Services;
import org.placeworks.organisation.StaffDirectory;
import org.placeworks.shared.Conflict;
import org.placeworks.shared.Forbidden;
import org.placeworks.shared.InvalidInput;
import org.placeworks.shared.web.FormErrors;
import org.placeworks.shared.web.Option;

/**
 * The forms that move a case through the CAF cycle. Each opens with the case's version, posts
 * back and, when saved, returns to the case page. Bad input is shown against its fields (422); a
 * case someone else changed meanwhile, or a step the case is not ready for, is refused with the
 * reason (409). Only the case's own service opens these forms; a member of the Team Around the
 * Family updates the actions they own.
 */
@Path("/cases/{id}")
@RolesAllowed({Roles.FRONTLINE, Roles.LEAD_PROFESSIONAL, Roles.PANEL_CHAIR, Roles.PANEL_MEMBER, Roles.MANAGER})
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class CaseWorkPages {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final int NEW_NEED_ROWS = 2;

    @Inject
    CafCases cases;

    @Inject
    CaseWork work;

    @Inject
    Services services;

    @Inject
    StaffDirectory staff;

    /** An element of the assessment with the names of its two boxes. */
    public record ElementField(String label, String strengths, String needs) {
    }

    /** A side of the CAF triangle and its elements. */
    public record DomainFields(String label, List<ElementField> elements) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance consent(CaseView c, Posted form, List<Option> consenters, List<Option> agencies,
                FormErrors errors);

        static native TemplateInstance withdraw(CaseView c, Posted form, FormErrors errors);

        static native TemplateInstance assessment(CaseView c, Posted form, List<DomainFields> domains,
                List<Option> scores, List<Option> headlines, List<Integer> newRows, FormErrors errors);

        static native TemplateInstance leadProfessional(CaseView c, Posted form, List<Option> staff, FormErrors errors);

        static native TemplateInstance team(CaseView c, Posted form, List<Option> staff, FormErrors errors);

        static native TemplateInstance newAction(CaseView c, Posted form, List<Option> needs, List<Option> staff,
                FormErrors errors);

        static native TemplateInstance action(CaseView c, ActionView action, Posted form, List<Option> statuses,
                FormErrors errors);

        static native TemplateInstance review(CaseView c, Posted form, List<Option> progress, List<Option> scores,
                FormErrors errors);

        static native TemplateInstance stepUp(CaseView c, Posted form, FormErrors errors);

        static native TemplateInstance close(CaseView c, Posted form, List<Option> reasons, List<Option> outcomes,
                FormErrors errors);
    }

    // --- Consent -------------------------------------------------------------------------------

    @GET
    @Path("consent")
    public TemplateInstance consentForm(@RestPath UUID id) {
        CaseView c = editable(id);
        return consentPage(c, versioned(c).withDate("givenOn", today()), FormErrors.none());
    }

    @POST
    @Path("consent")
    public Response consent(@RestPath UUID id, MultivaluedMap<String, String> body) {
        Posted form = Posted.of(body);
        return save(id, "givenBy", () -> {
            Map<String, String> problems = new LinkedHashMap<>();
            String who = form.value("youngPersonId");
            UUID youngPerson = who.equals("parent") ? null : form.uuid("youngPersonId", problems);
            LocalDate on = form.date("givenOn", "The date consent was given", problems);
            var allowed = form.uuids("allowedAgencies", problems);
            var refused = form.uuids("refusedAgencies", problems);
            CafWeb.check(problems);
            work.recordConsent(id, new ConsentCommand(form.text("givenBy"), youngPerson, on, form.text("purposes"),
                    allowed, refused, form.version()));
        }, errors -> consentPage(cases.find(id), form, errors));
    }

    private TemplateInstance consentPage(CaseView c, Posted form, FormErrors errors) {
        List<Option> consenters = new ArrayList<>();
        consenters.add(new Option("parent", "A parent or carer"));
        LocalDate today = today();
        for (PersonView child : c.children()) {
            if (child.dateOfBirth() != null && child.ageOn(today) >= 16) {
                consenters.add(new Option(child.id().toString(), child.fullName() + ", aged " + child.ageOn(today)
                        + ", for themselves"));
            }
        }
        return Templates.consent(c, form, consenters, CafWeb.agencies(services.agencies()), errors);
    }

    @GET
    @Path("consent/withdraw")
    public TemplateInstance withdrawForm(@RestPath UUID id) {
        CaseView c = editable(id);
        return Templates.withdraw(c, versioned(c).withDate("withdrawnOn", today()), FormErrors.none());
    }

    @POST
    @Path("consent/withdraw")
    public Response withdraw(@RestPath UUID id, MultivaluedMap<String, String> body) {
        Posted form = Posted.of(body);
        return save(id, "withdrawnOn", () -> {
            Map<String, String> problems = new LinkedHashMap<>();
            LocalDate on = form.date("withdrawnOn", "The date consent was withdrawn", problems);
            CafWeb.check(problems);
            work.withdrawConsent(id, on, form.text("note"), form.version());
        }, errors -> Templates.withdraw(cases.find(id), form, errors));
    }

    // --- Assessment ----------------------------------------------------------------------------

    @GET
    @Path("assessment")
    public TemplateInstance assessmentForm(@RestPath UUID id) {
        CaseView c = editable(id);
        Posted form = versioned(c).with("childsVoice", c.childsVoice()).with("familyViews", c.familyViews());
        for (FindingView f : c.findings()) {
            form.with("strengths-" + f.element().name(), f.strengths()).with("needs-" + f.element().name(), f.needs());
        }
        for (NeedView n : c.needs()) {
            form.with("score-" + n.id(), n.baselineScore());
        }
        return assessmentPage(c, form, FormErrors.none());
    }

    @POST
    @Path("assessment")
    public Response assess(@RestPath UUID id, MultivaluedMap<String, String> body) {
        Posted form = Posted.of(body);
        return save(id, "findings", () -> {
            CaseView c = cases.find(id);
            Map<String, String> problems = new LinkedHashMap<>();
            Map<CafElement, String> strengths = new EnumMap<>(CafElement.class);
            Map<CafElement, String> needs = new EnumMap<>(CafElement.class);
            for (CafElement e : CafElement.values()) {
                strengths.put(e, form.text("strengths-" + e.name()));
                needs.put(e, form.text("needs-" + e.name()));
            }
            Map<UUID, Integer> scores = new LinkedHashMap<>();
            for (NeedView n : c.needs()) {
                Integer score = form.score("score-" + n.id(), problems);
                if (score != null) {
                    scores.put(n.id(), score);
                }
            }
            List<NeedCommand> newNeeds = new ArrayList<>();
            List<Integer> rows = new ArrayList<>();
            for (int i = 0; i < NEW_NEED_ROWS; i++) {
                String description = form.valueAt("newNeedDescription", i);
                String headline = form.valueAt("newNeedHeadline", i);
                if (description.isBlank()) {
                    if (!headline.isBlank()) {
                        problems.put("newNeeds[" + i + "].description", "Describe the new need, or choose no headline outcome");
                    }
                    continue;
                }
                newNeeds.add(new NeedCommand(description.strip(),
                        Posted.choice(HeadlineOutcome.class, "newNeeds[" + i + "].headline", headline, problems)));
                rows.add(i);
            }
            CafWeb.check(problems);
            try {
                work.recordAssessment(id, new AssessmentCommand(strengths, needs, scores, newNeeds, form.text("childsVoice"),
                        form.text("familyViews"), "true".equals(form.value("complete")), form.version()));
            } catch (InvalidInput e) {
                throw new InvalidInput(CafWeb.rows(e.errors(), "newNeeds", rows));
            }
        }, errors -> assessmentPage(cases.find(id), form, errors));
    }

    private TemplateInstance assessmentPage(CaseView c, Posted form, FormErrors errors) {
        List<DomainFields> domains = Arrays.stream(CafDomain.values()).map(d -> new DomainFields(d.label(),
                CafElement.of(d).stream().map(e -> new ElementField(e.label(), "strengths-" + e.name(), "needs-" + e.name()))
                        .toList())).toList();
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < NEW_NEED_ROWS; i++) {
            rows.add(i);
        }
        return Templates.assessment(c, form, domains, CafWeb.scores(), CafWeb.headlines(), rows, errors);
    }

    // --- Lead professional and Team Around the Family -------------------------------------------------

    @GET
    @Path("lead-professional")
    public TemplateInstance leadProfessionalForm(@RestPath UUID id) {
        CaseView c = editable(id);
        Posted form = versioned(c).with("leadProfessionalId", c.leadProfessional() == null ? null : c.leadProfessional().id());
        return Templates.leadProfessional(c, form, CafWeb.staff(staff.activeNames()), FormErrors.none());
    }

    @POST
    @Path("lead-professional")
    public Response appoint(@RestPath UUID id, MultivaluedMap<String, String> body) {
        Posted form = Posted.of(body);
        return save(id, "leadProfessionalId", () -> {
            Map<String, String> problems = new LinkedHashMap<>();
            UUID lead = form.uuid("leadProfessionalId", problems);
            CafWeb.check(problems);
            work.appointLeadProfessional(id, lead, form.version());
        }, errors -> Templates.leadProfessional(cases.find(id), form, CafWeb.staff(staff.activeNames()), errors));
    }

    @GET
    @Path("team")
    public TemplateInstance teamForm(@RestPath UUID id) {
        CaseView c = editable(id);
        return Templates.team(c, versioned(c), CafWeb.staff(staff.activeNames()), FormErrors.none());
    }

    @POST
    @Path("team")
    public Response addMember(@RestPath UUID id, MultivaluedMap<String, String> body) {
        Posted form = Posted.of(body);
        return save(id, "staffId", () -> {
            Map<String, String> problems = new LinkedHashMap<>();
            UUID member = form.uuid("staffId", problems);
            CafWeb.check(problems);
            work.addTeamMember(id, member, form.version());
        }, errors -> Templates.team(cases.find(id), form, CafWeb.staff(staff.activeNames()), errors));
    }

    @POST
    @Path("team/remove")
    public Response removeMember(@RestPath UUID id, MultivaluedMap<String, String> body) {
        Posted form = Posted.of(body);
        return save(id, "staffId", () -> {
            Map<String, String> problems = new LinkedHashMap<>();
            UUID member = form.uuid("member", problems);
            if (member == null) {
                problems.putIfAbsent("staffId", "Choose the member of the team to remove");
            }
            CafWeb.check(problems);
            work.removeTeamMember(id, member, form.version());
        }, errors -> Templates.team(cases.find(id), Posted.empty().with("version", form.value("version")),
                CafWeb.staff(staff.activeNames()), errors));
    }

    // --- Plan -----------------------------------------------------------------------------------------

    @GET
    @Path("actions/new")
    public TemplateInstance newActionForm(@RestPath UUID id) {
        CaseView c = editable(id);
        return Templates.newAction(c, versioned(c), CafWeb.needs(c), CafWeb.staff(staff.activeNames()), FormErrors.none());
    }

    @POST
    @Path("actions/new")
    public Response addAction(@RestPath UUID id, MultivaluedMap<String, String> body) {
        Posted form = Posted.of(body);
        return save(id, "needId", () -> {
            Map<String, String> problems = new LinkedHashMap<>();
            UUID need = form.uuid("needId", problems);
            UUID owner = form.uuid("ownerStaffId", problems);
            LocalDate due = form.date("dueOn", "The date the action is due", problems);
            CafWeb.check(problems);
            work.addAction(id, new ActionCommand(need, form.text("description"), owner, due, form.version()));
        }, errors -> {
            CaseView c = cases.find(id);
            return Templates.newAction(c, form, CafWeb.needs(c), CafWeb.staff(staff.activeNames()), errors);
        });
    }

    @GET
    @Path("actions/{actionId}")
    public TemplateInstance actionForm(@RestPath UUID id, @RestPath UUID actionId) {
        CaseView c = cases.find(id);
        ActionView action = action(c, actionId);
        if (!c.canEdit() && !action.mine()) {
            throw new Forbidden("You can only update the actions you own on this case.");
        }
        Posted form = Posted.empty().with("version", action.version()).with("status", action.status().name());
        return Templates.action(c, action, form, CafWeb.actionStatuses(), FormErrors.none());
    }

    @POST
    @Path("actions/{actionId}")
    public Response progressAction(@RestPath UUID id, @RestPath UUID actionId, MultivaluedMap<String, String> body) {
        Posted form = Posted.of(body);
        return save(id, "status", () -> {
            Map<String, String> problems = new LinkedHashMap<>();
            ActionStatus status = form.choice(ActionStatus.class, "status", problems);
            CafWeb.check(problems);
            work.progressAction(id, actionId, status, form.version());
        }, errors -> {
            CaseView c = cases.find(id);
            return Templates.action(c, action(c, actionId), form, CafWeb.actionStatuses(), errors);
        });
    }

    // --- Reviews ----------------------------------------------------------------------------------------

    @GET
    @Path("reviews/new")
    public TemplateInstance reviewForm(@RestPath UUID id) {
        CaseView c = editable(id);
        return Templates.review(c, versioned(c).withDate("heldOn", today()), CafWeb.progress(), CafWeb.scores(),
                FormErrors.none());
    }

    @POST
    @Path("reviews/new")
    public Response review(@RestPath UUID id, MultivaluedMap<String, String> body) {
        Posted form = Posted.of(body);
        return save(id, "heldOn", () -> {
            CaseView c = cases.find(id);
            Map<String, String> problems = new LinkedHashMap<>();
            LocalDate heldOn = form.date("heldOn", "The date of the review", problems);
            Map<UUID, Progress> progress = new LinkedHashMap<>();
            Map<UUID, Integer> scores = new LinkedHashMap<>();
            for (NeedView n : c.needs()) {
                Progress p = form.choice(Progress.class, "progress-" + n.id(), problems);
                Integer score = form.score("score-" + n.id(), problems);
                if (p != null) {
                    progress.put(n.id(), p);
                }
                if (score != null) {
                    scores.put(n.id(), score);
                }
            }
            CafWeb.check(problems);
            work.recordReview(id, new ReviewCommand(heldOn, form.text("summary"), progress, scores, form.version()));
        }, errors -> Templates.review(cases.find(id), form, CafWeb.progress(), CafWeb.scores(), errors));
    }

    // --- Step up and closure ------------------------------------------------------------------------------

    @GET
    @Path("step-up")
    public TemplateInstance stepUpForm(@RestPath UUID id) {
        CaseView c = editable(id);
        return Templates.stepUp(c, versioned(c).withDate("steppedUpOn", today()), FormErrors.none());
    }

    @POST
    @Path("step-up")
    public Response stepUp(@RestPath UUID id, MultivaluedMap<String, String> body) {
        Posted form = Posted.of(body);
        return save(id, "reason", () -> {
            Map<String, String> problems = new LinkedHashMap<>();
            LocalDate on = form.date("steppedUpOn", "The date the case stepped up", problems);
            if (on == null) {
                problems.putIfAbsent("steppedUpOn", "Enter the date the case stepped up");
            }
            CafWeb.check(problems);
            work.stepUp(id, on, form.text("reason"), form.version());
        }, errors -> Templates.stepUp(cases.find(id), form, errors));
    }

    @GET
    @Path("close")
    public TemplateInstance closeForm(@RestPath UUID id) {
        CaseView c = editable(id);
        return Templates.close(c, versioned(c).withDate("closedOn", today()), CafWeb.closureReasons(), CafWeb.outcomes(),
                FormErrors.none());
    }

    @POST
    @Path("close")
    public Response close(@RestPath UUID id, MultivaluedMap<String, String> body) {
        Posted form = Posted.of(body);
        return save(id, "reason", () -> {
            CaseView c = cases.find(id);
            Map<String, String> problems = new LinkedHashMap<>();
            ClosureReason reason = form.choice(ClosureReason.class, "reason", problems);
            if (reason != null && !reason.chosenAtClosure()) {
                problems.put("reason", "Select why the case is closing");
            }
            LocalDate on = form.date("closedOn", "The closure date", problems);
            if (on == null) {
                problems.putIfAbsent("closedOn", "Enter the date the case closed");
            }
            Map<UUID, NeedOutcome> outcomes = new LinkedHashMap<>();
            for (NeedView n : c.needs()) {
                NeedOutcome outcome = form.choice(NeedOutcome.class, "outcome-" + n.id(), problems);
                if (outcome != null) {
                    outcomes.put(n.id(), outcome);
                }
            }
            CafWeb.check(problems);
            work.close(id, new ClosureCommand(reason, on, outcomes, form.text("note"), form.version()));
        }, errors -> Templates.close(cases.find(id), form, CafWeb.closureReasons(), CafWeb.outcomes(), errors));
    }

    // --- Shared -----------------------------------------------------------------------------------------

    /**
     * Saves the change and returns to the case page; otherwise shows the form again with why not.
     * A stale version and an illegal step are both conflicts (409); the message says which.
     */
    private Response save(UUID id, String firstField, Runnable change, Function<FormErrors, TemplateInstance> page) {
        try {
            change.run();
            return CafWeb.seeOther("/cases/" + id);
        } catch (InvalidInput e) {
            return CafWeb.rerender(422, page.apply(FormErrors.of(e)));
        } catch (Conflict e) {
            return CafWeb.rerender(409, page.apply(FormErrors.of(Map.of(firstField, e.getMessage()))));
        }
    }

    /** The case, for a form only its own service may fill in. */
    private CaseView editable(UUID id) {
        CaseView c = cases.find(id);
        if (!c.canEdit()) {
            throw new Forbidden("Only the case's own service can change it. As a member of the Team Around the Family "
                    + "you can update the actions you own.");
        }
        return c;
    }

    private static ActionView action(CaseView c, UUID actionId) {
        return c.actions().stream().filter(a -> a.id().equals(actionId)).findFirst()
                .orElseThrow(() -> new org.placeworks.shared.NotFound("action", actionId));
    }

    private static Posted versioned(CaseView c) {
        return Posted.empty().with("version", c.version());
    }

    private static LocalDate today() {
        return LocalDate.now(LONDON);
    }
}
