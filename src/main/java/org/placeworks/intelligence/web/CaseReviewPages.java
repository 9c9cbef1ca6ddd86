package org.placeworks.intelligence.web;

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
import java.util.Set;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.placeworks.identity.Roles;
import org.placeworks.intelligence.CaseReviewApplicant;
import org.placeworks.intelligence.CaseReviewFigures;
import org.placeworks.intelligence.CaseReviewFigures.FigureYear;
import org.placeworks.intelligence.CaseReviewRow;
import org.placeworks.intelligence.CaseReviewSubject;
import org.placeworks.intelligence.CaseReviewView;
import org.placeworks.intelligence.CaseReviews;
import org.placeworks.intelligence.NewCaseReview;
import org.placeworks.shared.InvalidInput;
import org.placeworks.shared.OneReading;
import org.placeworks.shared.Today;
import org.placeworks.shared.web.Destination;
import org.placeworks.shared.web.Form;
import org.placeworks.shared.web.FormErrors;
import org.placeworks.shared.web.FormPost;
import org.placeworks.shared.web.Option;

/**
 * ASB Case Review applications: the list with each clock (officers and managers), an application
 * recorded about a location or victim the Community Trigger counts, its steps to closure (officers), and
 * the yearly figures a council publishes, as a page and a CSV (officers and managers; counts only).
 */
@Path("/intelligence/case-reviews")
@RolesAllowed(Roles.INTELLIGENCE_OFFICER)
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class CaseReviewPages {

    @jakarta.enterprise.inject.Produces
    static final Destination DESTINATION = new Destination(53, "/intelligence/case-reviews", "Case reviews",
            "ASB Case Reviews", "Applications for a Community Trigger review: each clock, oldest first, and the yearly figures.",
            Set.of(Roles.INTELLIGENCE_OFFICER, Roles.MANAGER));

    @Inject
    CaseReviews reviews;

    @Inject
    Today today;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(List<CaseReviewRow> reviews);

        static native TemplateInstance apply(CaseReviewSubject subject, Form form, List<Option> applicants, List<Option> reports,
                FormErrors errors);

        static native TemplateInstance show(CaseReviewView review, Form form, List<Option> decisions, FormErrors errors);

        static native TemplateInstance figures(CaseReviewFigures figures, List<Option> years, List<Option> bases);
    }

    @GET
    @OneReading
    @RolesAllowed({Roles.INTELLIGENCE_OFFICER, Roles.MANAGER})
    public TemplateInstance index() {
        return Templates.index(reviews.list());
    }

    @OneReading
    @GET
    @Path("new")
    public TemplateInstance applyForm(@RestQuery String subject) {
        return apply(reviews.subject(subject), Form.empty().with("subject", subject).withDate("receivedOn", today.date()),
                FormErrors.none());
    }

    @POST
    public Response record(MultivaluedMap<String, String> body) {
        Form form = Form.of(body);
        if (form.value("subject").isBlank()) {
            throw new InvalidInput("subject", "Choose a location or victim from the Community Trigger list");
        }
        CaseReviewSubject subject = reviews.subject(form.value("subject"));
        return FormPost.save("receivedOn", () -> {
            NewCaseReview command = new NewCaseReview(subject.key(), form.date("receivedOn", "The date received"),
                    form.choice(CaseReviewApplicant.class, "appliedBy"), form.text("onBehalfOf", "Who applied on their behalf"),
                    form.uuid("applicantReportId", Form.CHOOSE_FROM_LIST));
            form.check();
            return "/intelligence/case-reviews/" + reviews.record(command);
        }, errors -> apply(subject, form, errors));
    }

    @GET
    @Path("{id}")
    public TemplateInstance show(@RestPath UUID id) {
        CaseReviewView review = reviews.find(id);
        Form form = Form.empty().with("version", review.version());
        for (String date : List.of("acknowledgedOn", "decidedOn", "meetingOn", "closedOn")) {
            form.withDate(date, today.date());
        }
        return Templates.show(review, form, decisions(), FormErrors.none());
    }

    @POST
    @Path("{id}/acknowledge")
    public Response acknowledge(@RestPath UUID id, MultivaluedMap<String, String> body) {
        return step(id, body, form -> {
            var on = form.date("acknowledgedOn", "The date acknowledged");
            form.check();
            reviews.acknowledge(id, on, form.version());
        });
    }

    @POST
    @Path("{id}/decision")
    public Response decide(@RestPath UUID id, MultivaluedMap<String, String> body) {
        return step(id, body, form -> {
            String met = form.value("thresholdMet").strip();
            Boolean thresholdMet = met.equals("yes") ? Boolean.TRUE : met.equals("no") ? Boolean.FALSE : null;
            if (!met.isEmpty() && thresholdMet == null) {
                form.problem("thresholdMet", Form.CHOOSE_FROM_LIST);
            }
            String reason = form.longText("decisionReason", "The reason");
            var on = form.date("decidedOn", "The date decided");
            form.check();
            reviews.decide(id, thresholdMet, reason, on, form.version());
        });
    }

    @POST
    @Path("{id}/meeting")
    public Response holdMeeting(@RestPath UUID id, MultivaluedMap<String, String> body) {
        return step(id, body, form -> {
            var on = form.date("meetingOn", "The date of the meeting");
            String recommendations = form.longText("recommendations", "Recommendations");
            Integer count = form.whole("recommendationCount", "The number of recommendations");
            form.check();
            reviews.holdMeeting(id, on, recommendations, count, form.version());
        });
    }

    @POST
    @Path("{id}/close")
    public Response close(@RestPath UUID id, MultivaluedMap<String, String> body) {
        return step(id, body, form -> {
            var on = form.date("closedOn", "The date closed");
            form.check();
            reviews.close(id, on, form.version());
        });
    }

    @GET
    @Path("figures")
    @RolesAllowed({Roles.INTELLIGENCE_OFFICER, Roles.MANAGER})
    public TemplateInstance figures(@RestQuery String year, @RestQuery String basis) {
        FigureYear which = year(year, basis);
        int now = today.date().getYear();
        List<Option> years = java.util.stream.IntStream.rangeClosed(now - 5, now).boxed().sorted(java.util.Comparator.reverseOrder())
                .map(y -> new Option(String.valueOf(y), new FigureYear(which.financial(), y).label())).toList();
        return Templates.figures(reviews.figures(which), years,
                List.of(new Option("financial", "Financial year (April to March)"), new Option("calendar", "Calendar year")));
    }

    @GET
    @Path("figures.csv")
    @Produces("text/csv")
    @RolesAllowed({Roles.INTELLIGENCE_OFFICER, Roles.MANAGER})
    public Response figuresCsv(@RestQuery String year, @RestQuery String basis) {
        FigureYear which = year(year, basis);
        return Response.ok(reviews.figuresCsv(which), "text/csv; charset=UTF-8").header("Content-Disposition",
                "attachment; filename=\"asb-case-reviews-" + which.basis() + "-" + which.startYear() + ".csv\"").build();
    }

    /** The year asked for; the current financial year when none is given. */
    private FigureYear year(String year, String basis) {
        boolean financial = basis == null || basis.isBlank() || basis.strip().equals("financial");
        if (!financial && !basis.strip().equals("calendar")) {
            throw new InvalidInput("basis", "Choose a financial year or a calendar year");
        }
        if (year == null || year.isBlank()) {
            return FigureYear.holding(financial, today.date());
        }
        if (!year.strip().matches("\\d{4}")) {
            throw new InvalidInput("year", "Give the year as 4 numbers, like 2026");
        }
        return new FigureYear(financial, Integer.parseInt(year.strip()));
    }

    private Response step(UUID id, MultivaluedMap<String, String> body, java.util.function.Consumer<Form> change) {
        Form form = Form.of(body);
        return FormPost.save("/intelligence/case-reviews/" + id, "stale", () -> change.accept(form),
                errors -> Templates.show(reviews.find(id), form, decisions(), errors));
    }

    private TemplateInstance apply(CaseReviewSubject subject, Form form, FormErrors errors) {
        List<Option> applicants = Arrays.stream(CaseReviewApplicant.values()).map(a -> new Option(a.name(), a.label())).toList();
        List<Option> reports = subject.reports().stream().map(r -> new Option(r.reportId().toString(), r.reference()
                + " (made " + org.placeworks.shared.web.Dates.date(r.receivedOn()) + ")")).toList();
        return Templates.apply(subject, form, applicants, reports, errors);
    }

    private static List<Option> decisions() {
        return List.of(new Option("yes", "Yes, the threshold is met: hold a review"), new Option("no", "No, the threshold is not met"));
    }
}
