package org.placeworks.caf.web;

import java.util.Set;
import org.placeworks.shared.web.Destination;
import io.quarkus.arc.All;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.placeworks.audit.AuditEntryView;
import org.placeworks.caf.CafCases;
import org.placeworks.caf.CaseFilter;
import org.placeworks.caf.CaseList;
import org.placeworks.caf.CaseLoops;
import org.placeworks.caf.ReferrerCallTask;
import org.placeworks.caf.CaseSection;
import org.placeworks.caf.CaseStatus;
import org.placeworks.caf.CaseSummary;
import org.placeworks.caf.CaseView;
import org.placeworks.family.TimelineEntry;
import org.placeworks.identity.CurrentStaff;
import org.placeworks.identity.Roles;
import org.placeworks.shared.OneReading;
import org.placeworks.shared.web.Option;

/** A worker's cases, every case in their area, and the case page: where it is, what is due, and what happened. */
@Path("/cases")
@RolesAllowed({Roles.FRONTLINE, Roles.LEAD_PROFESSIONAL, Roles.PANEL_CHAIR, Roles.PANEL_MEMBER, Roles.MANAGER})
@Produces(MediaType.TEXT_HTML)
public class CasesPage {

    /** "My cases" in the header and on the home page. */
    @jakarta.enterprise.inject.Produces
    static final Destination DESTINATION = new Destination(10, "/cases", "Cases", "My cases",
            "Your early help cases, with what is due next and anything overdue first.",
            Set.of(Roles.FRONTLINE, Roles.LEAD_PROFESSIONAL, Roles.PANEL_CHAIR, Roles.PANEL_MEMBER, Roles.MANAGER));

    @Inject
    CafCases cases;

    @Inject
    CaseLoops loops;

    @Inject
    CurrentStaff current;

    @Inject
    @All
    List<org.placeworks.caf.MyCasesSource> myCasesSources;

    /** One row of the case page's task list: a step of the CAF cycle and how far it has got. */
    public record Step(String name, String anchor, String status, String tagClass) {
    }

    /** What the reader may do on the case now, given their part in it and where the case is. */
    public record Can(boolean consent, boolean amendConsent, boolean withdrawConsent, boolean assess, boolean team, boolean plan,
            boolean review, boolean stepUp, boolean close, boolean showHistory, boolean decideReferral,
            boolean recordSocialCareDecision) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<CaseSummary> cases, boolean all, boolean mayListAll, String status,
                List<Option> statuses, List<CaseSection> sections, List<ReferrerCallTask> calls, int awaitingSignOff,
                String q, String nextHref, String previousHref, String csvHref, String openHref, String closedHref);

        static native TemplateInstance show(CaseView c, List<Step> steps, Can can, List<TimelineEntry> timeline,
                List<AuditEntryView> history, List<CaseSection> sections, java.time.Instant glassUntil);
    }

    /** Lines on a page of a case list. */
    static final int PAGE_SIZE = 50;

    /** One reading: the page, the calls to make and the other features' sections share a transaction and its ground. */
    @GET
    @OneReading
    public TemplateInstance list(@RestQuery String status, @RestQuery String scope, @RestQuery String q, @RestQuery String after,
            @RestQuery String before) {
        CaseStatus state = Arrays.stream(CaseStatus.values()).filter(s -> s.name().equals(status)).findFirst().orElse(null);
        boolean mayListAll = current.has(Roles.MANAGER) || current.has(Roles.PANEL_CHAIR);
        boolean all = mayListAll && "all".equals(scope);
        List<Option> statuses = Arrays.stream(CaseStatus.values()).map(s -> new Option(s.name(), s.label())).toList();
        String search = q == null || q.isBlank() ? null : q.strip();
        CaseFilter filter = CaseFilter.forList(!all, state, search);
        CaseList page = cases.page(filter, after, before, PAGE_SIZE);
        List<CaseSummary> listed = page.cases();
        // Other features' sections (the panel's decisions) belong to the worker's own cases, not the area's list.
        List<CaseSection> sections = all ? List.of() : myCasesSources.stream()
                .sorted(Comparator.comparingInt(org.placeworks.caf.MyCasesSource::order))
                .flatMap(source -> source.sectionFor(listed).stream()).toList();
        String stateName = state == null ? "" : state.name();
        String base = listHref("/cases", all, stateName, search);
        return Templates.list(listed, all, mayListAll, stateName, statuses, sections, loops.myCalls(),
                current.has(Roles.MANAGER) ? loops.awaitingMySignOff().size() : 0, search == null ? "" : search,
                page.next() == null ? null : base + sep(base) + "after=" + page.next(),
                page.previous() == null ? null : base + sep(base) + "before=" + page.previous(),
                all ? listHref("/cases.csv", true, stateName, search) : null,
                listHref("/cases", all, "", search), listHref("/cases", all, CaseStatus.CLOSED.name(), search));
    }

    /** A link to the list (or its CSV) with these filters; keys and texts made safe for a URL. */
    static String listHref(String path, boolean all, String status, String search) {
        List<String> query = new ArrayList<>();
        if (all) {
            query.add("scope=all");
        }
        if (!status.isEmpty()) {
            query.add("status=" + status);
        }
        if (search != null) {
            query.add("q=" + java.net.URLEncoder.encode(search, java.nio.charset.StandardCharsets.UTF_8));
        }
        return query.isEmpty() ? path : path + "?" + String.join("&", query);
    }

    private static String sep(String href) {
        return href.contains("?") ? "&" : "?";
    }

    @GET
    @Path("{id}")
    public TemplateInstance show(@RestPath UUID id) {
        boolean manager = current.has(Roles.MANAGER);
        CafCases.CasePage page = cases.page(id, c -> can(c, manager).showHistory());
        CaseView c = page.view();
        return Templates.show(c, steps(c), can(c, manager), page.timeline(), page.history(), page.sections(), page.glassUntil());
    }

    static Can can(CaseView c, boolean manager) {
        boolean edit = c.canEdit() && c.open();
        CaseStatus s = c.status();
        boolean inForce = c.consent() != null && c.consent().withdrawnOn() == null;
        // Nothing more is asked while a closure, step up or step down awaits sign-off, or children's social care decide.
        boolean free = !c.awaitingSignOff() && s != CaseStatus.AWAITING_SOCIAL_CARE;
        return new Can(edit && s == CaseStatus.AWAITING_CONSENT, edit && inForce, edit, edit && s == CaseStatus.ASSESSMENT, edit,
                edit && s == CaseStatus.ACTIVE_PLAN, edit && s == CaseStatus.ACTIVE_PLAN, edit && free, edit && free,
                c.canEdit() || manager, edit && s == CaseStatus.AWAITING_CONSENT && c.loop().referralDecision() == null
                        && !c.steppedDown() && !c.awaitingSignOff(),
                edit && s == CaseStatus.AWAITING_SOCIAL_CARE);
    }

    static List<Step> steps(CaseView c) {
        CaseStatus s = c.status();
        boolean closed = s == CaseStatus.CLOSED;
        List<Step> steps = new ArrayList<>();
        if (s == CaseStatus.AWAITING_CONSENT && c.loop().awaitingDecision() && !c.steppedDown()) {
            steps.add(new Step("Request for support", "request", "Awaiting a decision", "govuk-tag govuk-tag--blue"));
        } else {
            steps.add(done("Request for support", "request"));
        }
        if (c.consent() != null && c.consent().withdrawnOn() != null) {
            steps.add(new Step("Consent", "consent", "Withdrawn", "govuk-tag govuk-tag--red"));
        } else if (c.consent() != null) {
            steps.add(done("Consent", "consent"));
        } else {
            steps.add(closed ? notDone("Consent", "consent") : todo("Consent", "consent"));
        }
        if (c.assessmentCompletedOn() != null) {
            steps.add(done("Assessment", "assessment"));
        } else if (s == CaseStatus.ASSESSMENT) {
            boolean overdue = c.assessmentDueOn() != null && c.overdue();
            steps.add(new Step("Assessment", "assessment", overdue ? "Overdue" : "In progress",
                    overdue ? "govuk-tag govuk-tag--red" : "govuk-tag govuk-tag--light-blue"));
        } else {
            steps.add(closed ? notDone("Assessment", "assessment") : cannotStart("Assessment", "assessment"));
        }
        if (c.leadProfessional() != null) {
            steps.add(done("Lead professional and Team Around the Family", "team"));
        } else {
            steps.add(closed ? notDone("Lead professional and Team Around the Family", "team")
                    : todo("Lead professional and Team Around the Family", "team"));
        }
        if (s == CaseStatus.ACTIVE_PLAN) {
            steps.add(c.actions().isEmpty() ? todo("Plan", "plan")
                    : new Step("Plan", "plan", "In progress", "govuk-tag govuk-tag--light-blue"));
            if (c.overdue()) {
                steps.add(new Step("Reviews", "reviews", "Overdue", "govuk-tag govuk-tag--red"));
            } else {
                steps.add(new Step("Reviews", "reviews", c.reviews().isEmpty() ? "Not yet due" : c.reviews().size()
                        + (c.reviews().size() == 1 ? " review" : " reviews"), "govuk-tag govuk-tag--light-blue"));
            }
        } else if (closed) {
            steps.add(c.actions().isEmpty() ? notDone("Plan", "plan") : done("Plan", "plan"));
            steps.add(c.reviews().isEmpty() ? notDone("Reviews", "reviews") : done("Reviews", "reviews"));
        } else {
            steps.add(cannotStart("Plan", "plan"));
            steps.add(cannotStart("Reviews", "reviews"));
        }
        if (c.awaitingSignOff()) {
            steps.add(new Step("Closure", "closure", "Awaiting sign-off", "govuk-tag govuk-tag--yellow"));
        } else if (s == CaseStatus.AWAITING_SOCIAL_CARE) {
            steps.add(new Step("Closure", "closure", "Awaiting children's social care", "govuk-tag govuk-tag--orange"));
        } else {
            steps.add(closed ? done("Closure", "closure") : new Step("Closure", "closure", "Open", "govuk-tag govuk-tag--blue"));
        }
        return steps;
    }

    private static Step done(String name, String anchor) {
        return new Step(name, anchor, "Completed", null);
    }

    private static Step todo(String name, String anchor) {
        return new Step(name, anchor, "Not started", "govuk-tag govuk-tag--blue");
    }

    private static Step notDone(String name, String anchor) {
        return new Step(name, anchor, "Not done", "govuk-tag govuk-tag--grey");
    }

    private static Step cannotStart(String name, String anchor) {
        return new Step(name, anchor, "Cannot start yet", null);
    }
}
