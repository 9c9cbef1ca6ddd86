package org.placeworks.intelligence.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.placeworks.intelligence.IntelligenceSettings;
import org.placeworks.intelligence.ReceiptStatus;
import org.placeworks.intelligence.ReportReceipt;
import org.placeworks.intelligence.Reports;
import org.placeworks.shared.InvalidInput;
import org.placeworks.shared.OneReading;
import org.placeworks.shared.web.Form;
import org.placeworks.shared.web.FormErrors;
import org.placeworks.shared.web.FormPost;

/**
 * The public confidential reporting pages: no sign-in, no staff navigation, and nothing about the device
 * kept (the rate limit knows a client only by a keyed hash of its address, in memory). The receipt code is
 * shown once, on the answer to the report itself; pages that show it or a report's status are not cached.
 */
@Path("/report")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class ReportPages {

    /** Where "Exit this page" goes: a neutral site that says nothing about what was being done. */
    public static final String EXIT_TO = "https://www.bbc.co.uk/weather";

    private static final String UNKNOWN_CODE = "We could not find a report with that receipt code. Check the code and try again";

    @Inject
    Reports reports;

    @Inject
    ReportForm reportForm;

    @Inject
    ClientLimiter limiter;

    @Inject
    IntelligenceSettings settings;

    @Inject
    HttpServerRequest request;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(Form form, ReportForm.Choices choices, FormErrors errors);

        static native TemplateInstance received(ReportReceipt receipt);

        static native TemplateInstance check(Form form, FormErrors errors);

        static native TemplateInstance status(ReceiptStatus status, String code, boolean added, Form form, FormErrors errors);

        static native TemplateInstance tooMany(String what, long minutes);
    }

    @OneReading
    @GET
    public TemplateInstance form() {
        return Templates.form(Form.empty(), reportForm.choices(Form.empty()), FormErrors.none());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submit(MultivaluedMap<String, String> body) {
        Form form = Form.of(body);
        if ("find".equals(form.value("action"))) {
            return findAddresses(form);
        }
        if (limiter.over(ClientLimiter.Kind.REPORT, request)) {
            return tooMany("reports");
        }
        return FormPost.answer("whatHappened", () -> {
            ReportReceipt receipt = reports.submitPublic(reportForm.read(form));
            limiter.count(ClientLimiter.Kind.REPORT, request);
            return private200(Templates.received(receipt));
        }, errors -> Templates.form(form, reportForm.choices(form), errors));
    }

    /** The form again, everything kept, with the addresses at the postcode typed (or why there are none). */
    private Response findAddresses(Form form) {
        ReportForm.Choices choices = reportForm.choices(form);
        Optional<String> problem = reportForm.postcodeProblem(form, choices);
        if (problem.isPresent()) {
            return FormPost.page(422, Templates.form(form, choices, FormErrors.of(java.util.Map.of("postcode", problem.get()))));
        }
        return private200(Templates.form(form.with("where", ReportForm.Where.ADDRESS), choices, FormErrors.none()));
    }

    @GET
    @Path("check")
    public TemplateInstance check() {
        return Templates.check(Form.empty(), FormErrors.none());
    }

    @POST
    @Path("check")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response lookUp(MultivaluedMap<String, String> body) {
        Form form = Form.of(body);
        String code = form.value("code");
        if (code.isBlank()) {
            return FormPost.page(422, Templates.check(form, FormErrors.of(java.util.Map.of("code", "Enter your receipt code"))));
        }
        if (limiter.over(ClientLimiter.Kind.LOOKUP, request)) {
            return tooMany("checks of a receipt code");
        }
        limiter.count(ClientLimiter.Kind.LOOKUP, request);
        return reports.statusByReceipt(code)
                .map(status -> private200(Templates.status(status, code, false, Form.empty(), FormErrors.none())))
                .orElseGet(() -> unknownCode(form));
    }

    @POST
    @Path("check/information")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addInformation(MultivaluedMap<String, String> body) {
        Form form = Form.of(body);
        String code = form.value("code");
        if (limiter.over(ClientLimiter.Kind.LOOKUP, request)) {
            return tooMany("checks of a receipt code");
        }
        limiter.count(ClientLimiter.Kind.LOOKUP, request);
        Optional<ReceiptStatus> status = reports.statusByReceipt(code);
        if (status.isEmpty()) {
            return unknownCode(Form.empty().with("code", code));
        }
        try {
            reports.addInformationByReceipt(code, form.value("information"));
        } catch (InvalidInput e) {
            return FormPost.page(422, Templates.status(status.get(), code, false, form, FormErrors.of(e)));
        }
        return private200(Templates.status(reports.statusByReceipt(code).orElseThrow(), code, true, Form.empty(), FormErrors.none()));
    }

    /** A wrong code and an unknown code: the same answer, word for word. */
    private static Response unknownCode(Form form) {
        return noStore(FormPost.page(422, Templates.check(form, FormErrors.of(java.util.Map.of("code", UNKNOWN_CODE)))));
    }

    private Response tooMany(String what) {
        return Response.status(429).type(MediaType.TEXT_HTML_TYPE)
                .header("Retry-After", settings.rateWindow().toSeconds())
                .entity(Templates.tooMany(what, Math.max(1, settings.rateWindow().toMinutes()))).build();
    }

    /** A page holding a receipt code or a report's status: never kept by the browser or anything between. */
    private static Response private200(TemplateInstance page) {
        return noStore(FormPost.page(200, page));
    }

    private static Response noStore(Response response) {
        return Response.fromResponse(response).header("Cache-Control", "no-store").header("Referrer-Policy", "no-referrer").build();
    }
}
