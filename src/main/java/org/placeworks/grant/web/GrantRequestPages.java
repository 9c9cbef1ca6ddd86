package org.placeworks.grant.web;

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
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.placeworks.caf.CafCases;
import org.placeworks.caf.CaseView;
import org.placeworks.grant.DecisionCommand;
import org.placeworks.grant.DecisionOutcome;
import org.placeworks.grant.DecisionRoute;
import org.placeworks.grant.GrantCategory;
import org.placeworks.grant.GrantRequestCommand;
import org.placeworks.grant.GrantRequestView;
import org.placeworks.grant.GrantRequests;
import org.placeworks.grant.PaymentCommand;
import org.placeworks.grant.PaymentMethod;
import org.placeworks.grant.Receipt;
import org.placeworks.identity.Roles;
import org.placeworks.shared.DomainException;
import org.placeworks.shared.InvalidInput;
import org.placeworks.shared.web.FormErrors;
import org.placeworks.shared.web.Option;

/** Asking for a grant from a case, and the request's page: decision by the chair or the panel, and payment. */
@Path("/grants/requests")
@RolesAllowed({Roles.FRONTLINE, Roles.LEAD_PROFESSIONAL, Roles.PANEL_CHAIR, Roles.MANAGER})
@Produces(MediaType.TEXT_HTML)
public class GrantRequestPages {

    @Inject
    GrantRequests requests;

    @Inject
    CafCases cases;

    public record RequestForm(String caseId, String fundId, String needId, String item, String category, String amount, String supplier,
            String cannotPayEvidence, String otherSourcesTried, boolean bringToPanel) {
    }

    public record DecisionForm(String route, String meetingId, String outcome, String amount, String reason) {
        static DecisionForm empty() {
            return new DecisionForm("CHAIR", "", "", "", "");
        }
    }

    public record PaymentForm(String method, String reference, String day, String month, String year, String amount) {
        static PaymentForm empty() {
            return new PaymentForm("", "", "", "", "", "");
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(CaseView kase, RequestForm form, List<Option> funds, List<Option> needs,
                List<Option> categories, FormErrors errors);

        static native TemplateInstance forCase(CaseView kase, List<GrantRequestView> requests);

        static native TemplateInstance show(GrantRequestView request, DecisionForm decision, PaymentForm payment,
                List<Option> routes, List<Option> meetings, List<Option> outcomes, List<Option> methods, FormErrors errors);
    }

    @GET
    public TemplateInstance forCase(@RestQuery UUID caseId) {
        if (caseId == null) {
            throw new InvalidInput("caseId", "Open the grants from a case page");
        }
        return Templates.forCase(cases.find(caseId), requests.forCase(caseId));
    }

    @GET
    @Path("new")
    public TemplateInstance newRequest(@RestQuery UUID caseId) {
        if (caseId == null) {
            throw new InvalidInput("caseId", "Ask for a grant from a case page");
        }
        CaseView kase = cases.find(caseId);
        return formPage(kase, new RequestForm(caseId.toString(), "", "", "", "", "", "", "", "", false), FormErrors.none());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestForm String caseId, @RestForm String fundId, @RestForm String needId, @RestForm String item,
            @RestForm String category, @RestForm String amount, @RestForm String supplier,
            @RestForm String cannotPayEvidence, @RestForm String otherSourcesTried, @RestForm String bringToPanel) {
        RequestForm form = new RequestForm(caseId, fundId, needId, item, category, amount, supplier, cannotPayEvidence,
                otherSourcesTried, "yes".equals(bringToPanel));
        Map<String, String> problems = new LinkedHashMap<>();
        UUID kaseId = FormInput.uuid(problems, "caseId", caseId);
        if (kaseId == null) {
            throw new InvalidInput("caseId", "Start the request from the case page");
        }
        try {
            GrantRequestCommand command = new GrantRequestCommand(kaseId, FormInput.uuid(problems, "needId", needId), item,
                    FormInput.choice(problems, "category", GrantCategory.class, category),
                    FormInput.pence(problems, "amount", amount, "Enter the amount in pounds, like 40.00"), supplier,
                    cannotPayEvidence, otherSourcesTried, form.bringToPanel(), FormInput.uuid(problems, "fundId", fundId));
            if (!problems.isEmpty()) {
                // Report what could not be read together with everything else that is wrong, in one go.
                Map<String, String> all = new LinkedHashMap<>(requests.problemsWith(command));
                all.putAll(problems);
                throw new InvalidInput(all);
            }
            UUID id = requests.request(command);
            if (form.bringToPanel()) {
                return bringToPanel(id);
            }
            return Response.seeOther(URI.create("/grants/requests/" + id)).build();
        } catch (InvalidInput e) {
            return Response.status(422).entity(formPage(cases.find(kaseId), form, FormErrors.of(e))).build();
        }
    }

    @GET
    @Path("{id}")
    public TemplateInstance show(@RestPath UUID id) {
        return showPage(requests.view(id), DecisionForm.empty(), PaymentForm.empty(), FormErrors.none());
    }

    @POST
    @Path("{id}/decision")
    @RolesAllowed(Roles.PANEL_CHAIR)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(@RestPath UUID id, @RestForm String route, @RestForm String meetingId, @RestForm String outcome,
            @RestForm String amount, @RestForm String reason, @RestForm String version) {
        DecisionForm form = new DecisionForm(route, meetingId, outcome, amount, reason);
        Map<String, String> problems = new LinkedHashMap<>();
        try {
            DecisionCommand command = new DecisionCommand(FormInput.choice(problems, "route", DecisionRoute.class, route),
                    FormInput.uuid(problems, "meetingId", meetingId),
                    FormInput.choice(problems, "outcome", DecisionOutcome.class, outcome),
                    FormInput.pence(problems, "amount", amount, "Enter the amount in pounds, like 30.00"), reason,
                    FormInput.version(version));
            FormInput.check(problems);
            requests.decide(id, command);
            return Response.seeOther(URI.create("/grants/requests/" + id)).build();
        } catch (DomainException e) {
            return refused(id, e, form, PaymentForm.empty(), "outcome");
        }
    }

    @POST
    @Path("{id}/payment")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response pay(@RestPath UUID id, @RestForm String method, @RestForm String reference,
            @RestForm("paidOn-day") String day, @RestForm("paidOn-month") String month, @RestForm("paidOn-year") String year,
            @RestForm String amount, @RestForm FileUpload receipt,
            @RestForm String version) {
        PaymentForm form = new PaymentForm(method, reference, day, month, year, amount);
        Map<String, String> problems = new LinkedHashMap<>();
        try {
            PaymentCommand command = new PaymentCommand(FormInput.choice(problems, "method", PaymentMethod.class, method),
                    reference, FormInput.date(problems, "paidOn", day, month, year),
                    FormInput.pence(problems, "amount", amount, "Enter the amount paid in pounds, like 38.50"),
                    receipt == null ? null : receipt.fileName(), read(receipt), FormInput.version(version));
            FormInput.check(problems);
            requests.pay(id, command);
            return Response.seeOther(URI.create("/grants/requests/" + id)).build();
        } catch (DomainException e) {
            return refused(id, e, DecisionForm.empty(), form, "method");
        }
    }

    @POST
    @Path("{id}/panel")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response bringToPanel(@RestPath UUID id) {
        try {
            requests.bringToPanel(id);
            return Response.seeOther(URI.create("/grants/requests/" + id)).build();
        } catch (DomainException e) {
            return refused(id, e, DecisionForm.empty(), PaymentForm.empty(), "panel");
        }
    }

    @GET
    @Path("{id}/receipt")
    @Produces({"application/pdf", "image/jpeg", "image/png"})
    public Response receipt(@RestPath UUID id) {
        Receipt receipt = requests.receipt(id);
        return Response.ok(receipt.content(), receipt.type())
                .header("Content-Disposition", "attachment; filename=\"" + receipt.name() + "\"")
                .header("Cache-Control", "no-store").header("X-Content-Type-Options", "nosniff").build();
    }

    private Response refused(UUID id, DomainException e, DecisionForm decision, PaymentForm payment, String field) {
        FormErrors errors = e instanceof InvalidInput invalid ? FormErrors.of(invalid) : FormErrors.of(Map.of(field, e.getMessage()));
        if (e.status() == 404) {
            throw e;
        }
        return Response.status(e.status()).entity(showPage(requests.view(id), decision, payment, errors)).build();
    }

    private TemplateInstance formPage(CaseView kase, RequestForm form, FormErrors errors) {
        List<Option> needs = kase.needs().stream().map(n -> new Option(n.id().toString(),
                n.description() + " (" + n.headline().label() + ")")).toList();
        List<Option> categories = Arrays.stream(GrantCategory.values()).map(c -> new Option(c.name(), c.label())).toList();
        var open = requests.fundsThisYear();
        List<Option> funds = open.size() > 1 ? open.stream().map(f -> new Option(f.id().toString(), f.name() + " " + f.year()
                + " (" + f.remaining() + " left)")).toList() : List.of();
        return Templates.form(kase, form, funds, needs, categories, errors);
    }

    private TemplateInstance showPage(GrantRequestView request, DecisionForm decision, PaymentForm payment, FormErrors errors) {
        List<Option> routes = Arrays.stream(DecisionRoute.values()).map(r -> new Option(r.name(), r.label())).toList();
        List<Option> outcomes = Arrays.stream(DecisionOutcome.values()).map(o -> new Option(o.name(), o.label())).toList();
        List<Option> methods = Arrays.stream(PaymentMethod.values()).map(m -> new Option(m.name(), m.label())).toList();
        List<Option> meetings = requests.meetingsInSession().stream().map(m -> new Option(m.id().toString(),
                m.panelName() + ", " + m.date().format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy")))).toList();
        return Templates.show(request, decision, payment, routes, meetings, outcomes, methods, errors);
    }

    private static byte[] read(FileUpload upload) {
        if (upload == null || upload.uploadedFile() == null) {
            return null;
        }
        try {
            return Files.readAllBytes(upload.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
