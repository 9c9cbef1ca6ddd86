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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
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
import org.placeworks.caf.ConsentChange;
import org.placeworks.caf.ConsentCommand;
import org.placeworks.caf.Goal;
import org.placeworks.caf.HeadlineOutcome;
import org.placeworks.caf.NeedCommand;
import org.placeworks.caf.NeedOutcome;
import org.placeworks.caf.Progress;
import org.placeworks.caf.ReviewCommand;
import org.placeworks.caf.Score;
import org.placeworks.family.PersonView;
import org.placeworks.identity.Roles;
import org.placeworks.organisation.Services;
import org.placeworks.organisation.StaffDirectory;
import org.placeworks.shared.Forbidden;
import org.placeworks.shared.InvalidInput;
import org.placeworks.shared.OneReading;
import org.placeworks.shared.Text;
import org.placeworks.shared.Today;
import org.placeworks.shared.web.Form;
import org.placeworks.shared.web.FormPost;
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

    static final int NEW_NEED_ROWS = 2;
    private static final String SCORE = "score-";
    private static final String PROGRESS = "progress-";
    private static final String OUTCOME = "outcome-";
    static final String GOAL = "goal-";
    static final String MEASURE = "measure-";
    static final String CHILD = "child-";
    private static final Pattern NEED_PROBLEM = Pattern.compile("^needs\\[([0-9a-f-]{36})]\\.(score|progress|outcome|goal|measure|child)$");

    @Inject
    CafCases cases;

    @Inject
    CaseWork work;

    @Inject
    org.placeworks.caf.CaseLoops loops;

    @Inject
    Services services;

    @Inject
    StaffDirectory staff;

    @Inject
    Today today;

    /** An element of the assessment with the names of its two boxes. */
    public record ElementField(String label, String strengths, String needs) {
    }

    /** A side of the CAF triangle and its elements. */
    public record DomainFields(String label, List<ElementField> elements) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance consent(CaseView c, Form form, List<Option> consenters, List<Option> agencies,
                List<Option> yesNo, FormErrors errors);

        static native TemplateInstance amendConsent(CaseView c, Form form, List<Option> changes, List<Option> consenters,
                List<Option> agencies, List<Option> yesNo, FormErrors errors);

        static native TemplateInstance withdraw(CaseView c, Form form, FormErrors errors);

        static native TemplateInstance assessment(CaseView c, Form form, List<DomainFields> domains,
                List<Option> scores, List<Option> headlines, List<Integer> newRows, List<Option> children, FormErrors errors);

        static native TemplateInstance leadProfessional(CaseView c, Form form, List<Option> staff, FormErrors errors);

        static native TemplateInstance team(CaseView c, Form form, List<Option> staff, FormErrors errors);

        static native TemplateInstance newAction(CaseView c, Form form, List<Option> needs, List<Option> staff,
                FormErrors errors);

        static native TemplateInstance action(CaseView c, ActionView action, Form form, List<Option> statuses,
                FormErrors errors);

        static native TemplateInstance review(CaseView c, Form form, List<Option> progress, List<Option> scores,
                FormErrors errors);

        static native TemplateInstance stepUp(CaseView c, Form form, FormErrors errors);

        static native TemplateInstance close(CaseView c, Form form, List<Option> reasons, List<Option> outcomes,
                FormErrors errors);

        static native TemplateInstance owner(CaseView c, Form form, List<Option> services, FormErrors errors);
    }

    /** One of these forms, shown for a case with what it holds and why it was refused, if it was. */
    private interface CaseForm {
        TemplateInstance show(CaseView c, Form form, FormErrors errors);
    }

    /** What one of these forms does with what was posted, for the case. */
    private interface Change {
        void make(UUID caseId, Form form);
    }

    /**
     * A step of the CAF cycle, as one form: what it opens with (none for a form that is only ever
     * posted from another page), the field a refusal is shown on, the page, and the change it makes.
     */
    private record Step(Function<CaseView, Form> opening, String refusedOn, CaseForm page, Change change) {
    }

    private final Map<String, Step> steps = Map.ofEntries(
            Map.entry("consent", new Step(c -> versioned(c).withDate("givenOn", today.date()), "givenBy", this::consentPage, this::consent)),
            Map.entry("consent/amend", new Step(this::consentInForce, "givenBy", this::amendConsentPage, this::amendConsent)),
            Map.entry("consent/withdraw", new Step(c -> versioned(c).withDate("withdrawnOn", today.date()), "withdrawnOn",
                    Templates::withdraw, this::withdraw)),
            Map.entry("assessment", new Step(this::assessmentValues, "findings", this::assessmentPage, this::assess)),
            Map.entry("lead-professional", new Step(c -> versioned(c).with("leadProfessionalId",
                    c.leadProfessional() == null ? null : c.leadProfessional().id()), "leadProfessionalId",
                    this::leadProfessionalPage, this::appoint)),
            Map.entry("team", new Step(CaseWorkPages::versioned, "staffId", this::teamPage, this::addMember)),
            Map.entry("team/remove", new Step(null, "staffId",
                    (c, posted, errors) -> teamPage(c, Form.empty().with("version", posted.value("version")), errors),
                    this::removeMember)),
            Map.entry("actions/new", new Step(CaseWorkPages::versioned, "needId", this::newActionPage, this::addAction)),
            Map.entry("reviews/new", new Step(c -> versioned(c).withDate("heldOn", today.date()), "heldOn", this::reviewPage, this::review)),
            Map.entry("step-up", new Step(c -> versioned(c).withDate("steppedUpOn", today.date()), "reason", Templates::stepUp, this::stepUp)),
            Map.entry("owner", new Step(CaseWorkPages::versioned, "owningServiceId", this::ownerPage, this::reassign)),
            Map.entry("close", new Step(c -> versioned(c).withDate("closedOn", today.date()), "reason", this::closePage, this::close)));

    /** A step's form, for the case's own service only. */
    @OneReading
    @GET
    @Path("{step: consent|consent/amend|consent/withdraw|assessment|lead-professional|team|actions/new|reviews/new|step-up|owner|close}")
    public TemplateInstance form(@RestPath UUID id, @RestPath String step) {
        CaseView c = editable(id);
        return steps.get(step).page().show(c, steps.get(step).opening().apply(c), FormErrors.none());
    }

    /**
     * Makes the step's change and returns to the case page; otherwise shows the form again with why
     * not. A stale version and an illegal step are both conflicts (409); the message says which.
     */
    @POST
    @Path("{step: consent|consent/amend|consent/withdraw|assessment|lead-professional|team|team/remove|actions/new|reviews/new|step-up|owner|close}")
    public Response save(@RestPath UUID id, @RestPath String step, MultivaluedMap<String, String> body) {
        work.revision(id); // who may change the case is settled before anything posted is read
        Step s = steps.get(step);
        Form form = Form.of(body);
        return save(id, s.refusedOn(), form, () -> s.change().make(id, form), s.page());
    }

    // --- Consent -------------------------------------------------------------------------------

    private void consent(UUID id, Form form) {
        ConsentCommand command = consentCommand(form);
        form.check();
        work.recordConsent(id, command);
    }

    private void amendConsent(UUID id, Form form) {
        ConsentChange change = form.choice(ConsentChange.class, "change");
        if (change == ConsentChange.GIVEN || change == null) {
            form.problem("change", "Select whether the consent is amended or renewed");
        }
        ConsentCommand command = consentCommand(form);
        form.check();
        work.amendConsent(id, change, command);
    }

    /** Who agreed (a young person for themselves, and up to two adults by name), to what, and which agencies. */
    private static ConsentCommand consentCommand(Form form) {
        List<ConsentCommand.Consenter> consenters = new ArrayList<>();
        UUID youngPerson = form.value("youngPersonId").equals("parent") ? null : form.uuid("youngPersonId");
        if (youngPerson != null) {
            consenters.add(new ConsentCommand.Consenter(null, youngPerson,
                    form.text("competenceJudgedBy", "Who judged the young person competent"),
                    form.longText("competenceReason", "Why they were judged competent")));
        }
        consenters.add(ConsentCommand.Consenter.adult(form.text("givenBy", "Who gave consent")));
        consenters.add(ConsentCommand.Consenter.adult(form.text("alsoGivenBy", "Another adult who gave consent")));
        Boolean panel = form.value("panelDiscussion").isBlank() ? null : form.yes("panelDiscussion", false);
        return new ConsentCommand(consenters, form.date("givenOn", "The date consent was given"),
                form.longText("purposes", "What the consent covers"), panel, form.uuids("allowedAgencies"),
                form.uuids("refusedAgencies"), form.version());
    }

    private TemplateInstance consentPage(CaseView c, Form form, FormErrors errors) {
        return Templates.consent(c, form, consenters(c), CafWeb.agencies(services.agencies()), CafWeb.yesNo(), errors);
    }

    private TemplateInstance amendConsentPage(CaseView c, Form form, FormErrors errors) {
        if (c.consent() == null || c.consent().withdrawnOn() != null || !c.open()) {
            throw new org.placeworks.shared.Conflict("Only consent in force on an open case can be amended or renewed.");
        }
        List<Option> changes = List.of(new Option(ConsentChange.AMENDED.name(), "Amended: what the family agreed has changed"),
                new Option(ConsentChange.RENEWED.name(), "Renewed: the family agreed again"));
        return Templates.amendConsent(c, form, changes, consenters(c), CafWeb.agencies(services.agencies()), CafWeb.yesNo(),
                errors);
    }

    /** A parent or carer, or a young person of the case for themselves (under 16 only when judged competent). */
    private List<Option> consenters(CaseView c) {
        List<Option> consenters = new ArrayList<>();
        consenters.add(new Option("parent", "A parent or carer"));
        LocalDate day = today.date();
        for (PersonView child : c.children()) {
            if (child.dateOfBirth() != null) {
                int age = child.ageOn(day);
                consenters.add(new Option(child.id().toString(), child.fullName() + ", aged " + age + ", for themselves"
                        + (age < 16 ? " (judged competent)" : "")));
            }
        }
        return consenters;
    }

    /** The amendment form opens with the consent in force. */
    private Form consentInForce(CaseView c) {
        Form form = versioned(c).withDate("givenOn", today.date());
        CaseView.ConsentView now = c.consent();
        if (now != null) {
            form.with("purposes", now.purposes()).withYesNo("panelDiscussion", now.panelDiscussion());
            Map<String, UUID> agencyIds = new LinkedHashMap<>();
            services.agencies().forEach(a -> agencyIds.put(a.name(), a.id()));
            form.withAll("allowedAgencies", now.allowedAgencies().stream().map(agencyIds::get).filter(java.util.Objects::nonNull).toList());
            form.withAll("refusedAgencies", now.refusedAgencies().stream().map(agencyIds::get).filter(java.util.Objects::nonNull).toList());
        }
        return form;
    }

    private void withdraw(UUID id, Form form) {
        LocalDate on = form.date("withdrawnOn", "The date consent was withdrawn");
        String note = form.longText("note", "Note");
        form.check();
        work.withdrawConsent(id, on, note, form.version());
    }

    // --- Assessment ----------------------------------------------------------------------------

    private Form assessmentValues(CaseView c) {
        Form form = versioned(c).with("childsVoice", c.childsVoice()).with("familyViews", c.familyViews());
        for (FindingView f : c.findings()) {
            form.with("strengths-" + f.element().name(), f.strengths()).with("needs-" + f.element().name(), f.needs());
        }
        for (NeedView n : c.needs()) {
            form.with(SCORE + n.id(), n.baselineScore()).with(CHILD + n.id(), n.childId());
            if (n.goal() != null) {
                form.with(GOAL + n.id(), n.goal().whatWillBeDifferent()).with(MEASURE + n.id(), n.goal().measure());
            }
        }
        return form;
    }

    private void assess(UUID id, Form form) {
        List<UUID> c = work.revision(id).needIds();
        Map<CafElement, String> strengths = new EnumMap<>(CafElement.class);
        Map<CafElement, String> needs = new EnumMap<>(CafElement.class);
        for (CafElement e : CafElement.values()) {
            strengths.put(e, form.longText("strengths-" + e.name(), e.label() + " strengths"));
            needs.put(e, form.longText("needs-" + e.name(), e.label() + " needs"));
        }
        Map<UUID, Score> scores = scores(form, c);
        List<NeedCommand> newNeeds = new ArrayList<>();
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < NEW_NEED_ROWS; i++) {
            String description = form.valueAt("newNeedDescription", i);
            String headline = form.valueAt("newNeedHeadline", i);
            if (description.isBlank()) {
                if (!headline.isBlank()) {
                    form.problem("newNeeds[" + i + "].description", "Describe the new need, or choose no headline outcome");
                }
                continue;
            }
            String child = form.valueAt("newNeedChild", i);
            newNeeds.add(new NeedCommand(form.textAt("newNeeds[" + i + "].description", description, "New need", Text.LONG),
                    form.choice(HeadlineOutcome.class, "newNeeds[" + i + "].headline", headline, Form.CHOOSE_FROM_LIST),
                    child.isBlank() ? null : CafWeb.uuid(form, "newNeeds[" + i + "].childId", child)));
            rows.add(i);
        }
        AssessmentCommand command = new AssessmentCommand(strengths, needs, scores, newNeeds,
                form.longText("childsVoice", "The child's voice"), form.longText("familyViews", "The family's views"),
                form.ticked("complete"), form.version(), null, goals(form, c), childOf(form, c));
        form.check();
        try {
            work.recordAssessment(id, command);
        } catch (InvalidInput e) {
            throw new InvalidInput(CafWeb.rows(e.errors(), "newNeeds", rows));
        }
    }

    private TemplateInstance assessmentPage(CaseView c, Form form, FormErrors errors) {
        List<DomainFields> domains = Arrays.stream(CafDomain.values()).map(d -> new DomainFields(d.label(),
                CafElement.of(d).stream().map(e -> new ElementField(e.label(), "strengths-" + e.name(), "needs-" + e.name()))
                        .toList())).toList();
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < NEW_NEED_ROWS; i++) {
            rows.add(i);
        }
        return Templates.assessment(c, form, domains, CafWeb.scores(), CafWeb.headlines(), rows, CafWeb.children(c), errors);
    }

    // --- Lead professional and Team Around the Family -------------------------------------------------

    private void appoint(UUID id, Form form) {
        UUID lead = form.uuid("leadProfessionalId");
        form.check();
        work.appointLeadProfessional(id, lead, form.version());
    }

    private TemplateInstance leadProfessionalPage(CaseView c, Form form, FormErrors errors) {
        return Templates.leadProfessional(c, form, CafWeb.staff(staff.activeNames()), errors);
    }

    private void addMember(UUID id, Form form) {
        UUID member = form.uuid("staffId");
        form.check();
        work.addTeamMember(id, member, form.version());
    }

    private void removeMember(UUID id, Form form) {
        UUID member = form.required(form.uuid("member"), "staffId", "Choose the member of the team to remove");
        form.check();
        work.removeTeamMember(id, member, form.version());
    }

    private TemplateInstance teamPage(CaseView c, Form form, FormErrors errors) {
        return Templates.team(c, form, CafWeb.staff(staff.activeNames()), errors);
    }

    // --- Plan -----------------------------------------------------------------------------------------

    private void addAction(UUID id, Form form) {
        ActionCommand command = new ActionCommand(form.uuid("needId"), form.longText("description", "The action"),
                form.uuid("ownerStaffId"), form.date("dueOn", "The date the action is due"), form.version());
        form.check();
        work.addAction(id, command);
    }

    private TemplateInstance newActionPage(CaseView c, Form form, FormErrors errors) {
        return Templates.newAction(c, form, CafWeb.needs(c), CafWeb.staff(staff.activeNames()), errors);
    }

    /** An action's own form: its owner on the Team Around the Family may update it too. */
    @GET
    @Path("actions/{actionId: [0-9a-fA-F-]{36}}")
    public TemplateInstance actionForm(@RestPath UUID id, @RestPath UUID actionId) {
        CaseView c = cases.find(id);
        ActionView action = action(c, actionId);
        if (!c.canEdit() && !action.mine()) {
            throw new Forbidden("You can only update the actions you own on this case.");
        }
        Form form = Form.empty().with("version", action.version()).with("status", action.status());
        return Templates.action(c, action, form, CafWeb.actionStatuses(), FormErrors.none());
    }

    @POST
    @Path("actions/{actionId: [0-9a-fA-F-]{36}}")
    public Response progressAction(@RestPath UUID id, @RestPath UUID actionId, MultivaluedMap<String, String> body) {
        Form form = Form.of(body);
        return save(id, "status", form, () -> {
            ActionStatus status = form.choice(ActionStatus.class, "status");
            form.check();
            work.progressAction(id, actionId, status, form.version());
        }, (c, posted, errors) -> Templates.action(c, action(c, actionId), posted, CafWeb.actionStatuses(), errors));
    }

    // --- Reviews, step up and closure --------------------------------------------------------------------

    private void review(UUID id, Form form) {
        List<UUID> c = work.revision(id).needIds();
        LocalDate heldOn = form.date("heldOn", "The date of the review");
        ReviewCommand command = new ReviewCommand(heldOn, form.longText("summary", "Summary"),
                perNeed(form, c, Progress.class, PROGRESS), scores(form, c), form.version());
        form.check();
        work.recordReview(id, command);
    }

    private TemplateInstance reviewPage(CaseView c, Form form, FormErrors errors) {
        return Templates.review(c, form, CafWeb.progress(), CafWeb.scores(), errors);
    }

    private void stepUp(UUID id, Form form) {
        LocalDate on = form.required(form.date("steppedUpOn", "The date the case stepped up"), "steppedUpOn",
                "Enter the date the case stepped up");
        String reason = form.longText("reason", "Reason");
        String mash = form.text("mashReference", "The MASH reference");
        form.check();
        loops.stepUp(id, new org.placeworks.caf.StepUpCommand(on, reason, mash, form.version()));
    }

    private void close(UUID id, Form form) {
        List<UUID> c = work.revision(id).needIds();
        ClosureReason reason = form.choice(ClosureReason.class, "reason");
        if (reason != null && !reason.chosenAtClosure()) {
            form.problem("reason", "Select why the case is closing");
        }
        LocalDate on = form.required(form.date("closedOn", "The closure date"), "closedOn", "Enter the date the case closed");
        ClosureCommand command = new ClosureCommand(reason, on, perNeed(form, c, NeedOutcome.class, OUTCOME),
                form.longText("note", "Note"), form.version());
        form.check();
        work.close(id, command);
    }

    private TemplateInstance closePage(CaseView c, Form form, FormErrors errors) {
        return Templates.close(c, form, CafWeb.closureReasons(), CafWeb.outcomes(), errors);
    }

    // --- Ownership --------------------------------------------------------------------------------------

    private void reassign(UUID id, Form form) {
        UUID to = form.uuid("owningServiceId");
        String reason = form.longText("reason", "Why the case is moving");
        form.check();
        work.reassign(id, to, reason, form.version());
    }

    private TemplateInstance ownerPage(CaseView c, Form form, FormErrors errors) {
        if (!c.canReassign()) {
            throw new Forbidden("Only a manager of " + c.owningService() + " can move this case to another service.");
        }
        return Templates.owner(c, form, CafWeb.services(work.possibleOwners(c.id())), errors);
    }

    // --- Shared -----------------------------------------------------------------------------------------

    /**
     * Saves the change and returns to the case page; otherwise shows the form again with why not.
     * A stale version and an illegal step are both conflicts (409); the message says which.
     * Problems with one need are shown on that need's field.
     */
    private Response save(UUID id, String refusedOn, Form form, Runnable change, CaseForm page) {
        return FormPost.save("/cases/" + id, refusedOn, () -> {
            try {
                change.run();
            } catch (InvalidInput e) {
                throw new InvalidInput(needFields(e.errors()));
            }
        }, errors -> page.show(cases.find(id), form, errors));
    }

    /** The score of each need chosen on the form (1 to 10); a need with none chosen is left out. */
    private static Map<UUID, Score> scores(Form form, List<UUID> needIds) {
        Map<UUID, Score> scores = new LinkedHashMap<>();
        for (UUID need : needIds) {
            Integer chosen = form.whole(SCORE + need, "Score");
            if (chosen != null) {
                Score.of(chosen).ifPresentOrElse(score -> scores.put(need, score),
                        () -> form.problem(SCORE + need, "Choose a score from 1 to 10"));
            }
        }
        return scores;
    }

    /** The goal typed for each need (what will be different, how it will be measured); both blank clears it. */
    static Map<UUID, Goal> goals(Form form, List<UUID> needIds) {
        Map<UUID, Goal> goals = new LinkedHashMap<>();
        for (UUID need : needIds) {
            if (!form.values(GOAL + need).isEmpty()) {
                goals.put(need, new Goal(form.longText(GOAL + need, "What will be different"),
                        form.longText(MEASURE + need, "How it will be measured")));
            }
        }
        return goals;
    }

    /** The child chosen for each need, where the form asks (a case for several children); blank is the whole family. */
    private static Map<UUID, UUID> childOf(Form form, List<UUID> needIds) {
        Map<UUID, UUID> children = new LinkedHashMap<>();
        for (UUID need : needIds) {
            if (!form.values(CHILD + need).isEmpty()) {
                String chosen = form.value(CHILD + need);
                children.put(need, chosen.isBlank() ? null : CafWeb.uuid(form, CHILD + need, chosen));
            }
        }
        return children;
    }

    /** The option chosen for each need (its field is the prefix and the need's id); a need with none chosen is left out. */
    private static <E extends Enum<E>> Map<UUID, E> perNeed(Form form, List<UUID> needIds, Class<E> type, String prefix) {
        Map<UUID, E> chosen = new LinkedHashMap<>();
        for (UUID need : needIds) {
            E value = form.choice(type, prefix + need);
            if (value != null) {
                chosen.put(need, value);
            }
        }
        return chosen;
    }

    /** The services name a need's problem by the need ({@code needs[<id>].score}); the form names its field {@code score-<id>}. */
    private static Map<String, String> needFields(Map<String, String> errors) {
        Map<String, String> named = new LinkedHashMap<>();
        errors.forEach((key, message) -> named.putIfAbsent(NEED_PROBLEM.matcher(key).replaceAll("$2-$1"), message));
        return named;
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

    private static Form versioned(CaseView c) {
        return Form.empty().with("version", c.version());
    }
}
