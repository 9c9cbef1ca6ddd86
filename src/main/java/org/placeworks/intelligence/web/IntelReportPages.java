package org.placeworks.intelligence.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
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
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.placeworks.identity.CurrentStaff;
import org.placeworks.identity.Roles;
import org.placeworks.intelligence.ReportCategory;
import org.placeworks.intelligence.ReportChannel;
import org.placeworks.intelligence.ReportFilter;
import org.placeworks.intelligence.ReportPage;
import org.placeworks.intelligence.ReportReceipt;
import org.placeworks.intelligence.ReportStatus;
import org.placeworks.intelligence.ReportView;
import org.placeworks.intelligence.Reports;
import org.placeworks.shared.InvalidInput;
import org.placeworks.shared.OneReading;
import org.placeworks.shared.web.PageLinks;
import org.placeworks.shared.web.Destination;
import org.placeworks.shared.web.Form;
import org.placeworks.shared.web.FormErrors;
import org.placeworks.shared.web.FormPost;
import org.placeworks.shared.web.Option;

/**
 * Confidential reports for staff: any member of staff writes one down (their own, or one taken by phone for
 * a resident); intelligence officers list the reports their ground holds and read each, without who reported
 * it. Whether someone may read a report is the gate's answer ({@code internal.ReportGate}), asked by the service: a
 * report's own pages are open to every staff role, and the gate answers 404 to all but its officers, so a
 * member of staff without the role learns no more about a report than one outside its boundary.
 */
@Path("/intelligence/reports")
@Produces(MediaType.TEXT_HTML)
// Every staff role, unless a method says otherwise (the list is the intelligence officers' alone).
@RolesAllowed({Roles.FRONTLINE, Roles.LEAD_PROFESSIONAL, Roles.PANEL_CHAIR, Roles.PANEL_MEMBER, Roles.ESTATE_OFFICER,
    Roles.INTELLIGENCE_OFFICER, Roles.MANAGER, Roles.ADMIN, Roles.FINANCE, Roles.DPO})
public class IntelReportPages {


    @Inject
    Reports reports;

    @Inject
    ReportForm reportForm;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(ReportPage page, ReportFilter filter, List<Option> statuses, List<Option> categories,
                PageLinks pages);

        static native TemplateInstance show(ReportView report, Form form, List<Option> statuses, FormErrors errors);

        static native TemplateInstance newReport(Form form, ReportForm.Choices choices, List<Option> channels, FormErrors errors);

        static native TemplateInstance taken(ReportReceipt receipt, boolean byPhone);
    }

    /** "Confidential reports" in the header and on an intelligence officer's home page, with how many wait. */
    @RequestScoped
    static class Destinations {

        @Inject
        Reports reports;

        @Inject
        CurrentStaff current;

        @Inject
        io.vertx.core.http.HttpServerRequest request;

        @jakarta.enterprise.inject.Produces
        Destination confidentialReports() {
            String waiting = "";
            // The count is read from the database: only for the home page, where it is shown, and never on the IO
            // thread that some pages (an error page, say) are rendered on, where blocking is not allowed.
            if (current.has(Roles.INTELLIGENCE_OFFICER) && "/".equals(request.path()) && !io.vertx.core.Context.isOnEventLoopThread()) {
                long n = reports.waiting();
                waiting = n == 0 ? " None is waiting to be looked at." : n == 1 ? " 1 is waiting to be looked at."
                        : " " + n + " are waiting to be looked at.";
            }
            return new Destination(50, "/intelligence/reports", "Reports", "Confidential reports",
                    "Reports of anti-social behaviour and other concerns in your area, newest first." + waiting,
                    Set.of(Roles.INTELLIGENCE_OFFICER));
        }
    }

    @GET
    @OneReading
    @RolesAllowed(Roles.INTELLIGENCE_OFFICER)
    public TemplateInstance list(@RestQuery String status, @RestQuery String category, @RestQuery Integer page) {
        Form query = Form.empty().with("status", status).with("category", category);
        ReportFilter filter = new ReportFilter(query.choice(ReportStatus.class, "status"), query.choice(ReportCategory.class, "category"));
        query.check();
        ReportPage reportPage = reports.list(filter, page == null ? 1 : page);
        String base = "/intelligence/reports?" + (filter.status() == null ? "" : "status=" + filter.status().name() + "&")
                + (filter.category() == null ? "" : "category=" + filter.category().name() + "&") + "page=";
        return Templates.list(reportPage, filter,
                Arrays.stream(ReportStatus.values()).map(s -> new Option(s.name(), s.label())).toList(),
                Arrays.stream(ReportCategory.values()).map(c -> new Option(c.name(), c.label())).toList(),
                PageLinks.numbered(base, reportPage.number(), reportPage.hasPrevious(), reportPage.hasNext(),
                        "Page " + reportPage.number() + " of " + reportPage.pages()));
    }

    @OneReading
    @GET
    @Path("new")
    public TemplateInstance newReport() {
        return page(Form.empty(), FormErrors.none());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> body) {
        Form form = Form.of(body);
        if ("find".equals(form.value("action"))) {
            ReportForm.Choices choices = reportForm.choices(form);
            return reportForm.postcodeProblem(form, choices)
                    .map(p -> FormPost.page(422, page(form, FormErrors.of(Map.of("postcode", p)))))
                    .orElseGet(() -> FormPost.page(200, page(form.with("where", ReportForm.Where.ADDRESS), FormErrors.none())));
        }
        return FormPost.answer("whatHappened", () -> {
            ReportChannel channel = form.choice(ReportChannel.class, "channel", "Select how the report reached you");
            if (channel == null || channel == ReportChannel.ONLINE) {
                form.problem("channel", "Select how the report reached you");
            }
            var report = readWithChannel(form);
            ReportReceipt receipt = reports.submitByStaff(report, channel);
            return Response.ok(Templates.taken(receipt, channel == ReportChannel.PHONE)).build();
        }, errors -> page(form, errors));
    }

    /** The report as posted, with a problem on the channel counted among the rest. */
    private org.placeworks.intelligence.NewReport readWithChannel(Form form) {
        Map<String, String> channelProblem = form.problems();
        try {
            org.placeworks.intelligence.NewReport report = reportForm.read(form);
            if (!channelProblem.isEmpty()) {
                throw new InvalidInput(channelProblem);
            }
            return report;
        } catch (InvalidInput e) {
            Map<String, String> all = new java.util.LinkedHashMap<>(channelProblem);
            e.errors().forEach(all::putIfAbsent);
            throw new InvalidInput(all);
        }
    }

    @GET
    @Path("{id}")
    public TemplateInstance show(@RestPath UUID id) {
        ReportView report = reports.find(id);
        return show(report, Form.empty().with("version", report.version()).with("status", report.status())
                .with("statusNote", report.statusNote()), FormErrors.none());
    }

    @POST
    @Path("{id}/status")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response updateStatus(@RestPath UUID id, MultivaluedMap<String, String> body) {
        Form form = Form.of(body);
        return FormPost.save("/intelligence/reports/" + id, "status", () -> {
            // The service asks the gate before it reads anything posted: someone who may not see the report is told nothing more.
            reports.updateStatus(id, form.choice(ReportStatus.class, "status", "Select where the report is now"), form.value("statusNote"),
                    form.version());
        }, errors -> show(reports.find(id), form, errors));
    }

    private TemplateInstance show(ReportView report, Form form, FormErrors errors) {
        List<Option> statuses = Arrays.stream(ReportStatus.values()).filter(s -> s != ReportStatus.ROUTED)
                .map(s -> new Option(s.name(), s.label() + ": the reporter reads \u201c" + s.reporterText() + "\u201d")).toList();
        return Templates.show(report, form, statuses, errors);
    }

    @POST
    @Path("{id}/information")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addInformation(@RestPath UUID id, MultivaluedMap<String, String> body) {
        Form form = Form.of(body);
        return FormPost.save("/intelligence/reports/" + id + "#information", "information",
                () -> reports.addInformation(id, form.value("information")),
                errors -> {
                    ReportView report = reports.find(id);
                    return show(report, form.with("version", report.version()).with("status", report.status())
                            .with("statusNote", report.statusNote()), errors);
                });
    }

    private TemplateInstance page(Form form, FormErrors errors) {
        List<Option> channels = List.of(new Option(ReportChannel.STAFF.name(), "I am reporting something I saw or was told at work"),
                new Option(ReportChannel.PHONE.name(), "I took it by phone for a resident"));
        return Templates.newReport(form, reportForm.choices(form), channels, errors);
    }
}
