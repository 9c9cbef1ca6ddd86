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
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
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
import org.placeworks.grant.CancelCommand;
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
import org.placeworks.shared.InvalidInput;
import org.placeworks.shared.OneReading;
import org.placeworks.shared.web.Dates;
import org.placeworks.shared.web.Form;
import org.placeworks.shared.web.FormErrors;
import org.placeworks.shared.web.FormPost;
import org.placeworks.shared.web.Option;

/**
 * Asking for a grant from a case, and the request's page: decision by the chair or the panel, payment
 * by a finance officer of the fund's service, and cancelling an approved award before it is paid.
 */
@Path("/grants/requests")
@RolesAllowed({Roles.FRONTLINE, Roles.LEAD_PROFESSIONAL, Roles.PANEL_CHAIR, Roles.MANAGER})
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class GrantRequestPages {

    @Inject
    GrantRequests requests;

    @Inject
    CafCases cases;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(CaseView kase, Form form, List<Option> funds, List<Option> needs,
                List<Option> categories, FormErrors errors);

        static native TemplateInstance forCase(CaseView kase, List<GrantRequestView> requests);

        static native TemplateInstance show(GrantRequestView request, Form decision, Form payment, Form cancellation,
                List<Option> routes, List<Option> meetings, List<Option> outcomes, List<Option> methods, FormErrors errors);
    }

    @OneReading
    @GET
    public TemplateInstance forCase(@RestQuery UUID caseId) {
        if (caseId == null) {
            throw new InvalidInput("caseId", "Open the grants from a case page");
        }
        return Templates.forCase(cases.find(caseId), requests.forCase(caseId));
    }

    @OneReading
    @GET
    @Path("new")
    public TemplateInstance newRequest(@RestQuery UUID caseId) {
        if (caseId == null) {
            throw new InvalidInput("caseId", "Ask for a grant from a case page");
        }
        CaseView kase = requests.caseToAskFor(caseId);
        return formPage(kase, Form.empty().with("caseId", caseId), FormErrors.none());
    }

    @POST
    public Response create(MultivaluedMap<String, String> body) {
        Form form = Form.of(body);
        UUID kaseId = form.uuid("caseId");
        if (kaseId == null) {
            throw new InvalidInput("caseId", "Start the request from the case page");
        }
        requests.caseToAskFor(kaseId);
        boolean bringToPanel = form.ticked("bringToPanel");
        return FormPost.answer("item", () -> {
            GrantRequestCommand command = new GrantRequestCommand(kaseId, form.uuid("needId"), form.text("item", "What it will buy"),
                    form.choice(GrantCategory.class, "category"), form.pence("amount", "The amount"),
                    form.text("supplier", "Supplier"), form.longText("cannotPayEvidence", "How you know the family cannot pay"),
                    form.longText("otherSourcesTried", "Which other sources were tried first"), bringToPanel, form.uuid("fundId"));
            if (!form.problems().isEmpty()) {
                // Report what could not be read together with everything else that is wrong, in one go.
                Map<String, String> all = new LinkedHashMap<>(requests.problemsWith(command));
                all.putAll(form.problems());
                throw new InvalidInput(all);
            }
            UUID id = requests.request(command);
            return bringToPanel ? bringToPanel(id) : FormPost.seeOther("/grants/requests/" + id);
        }, errors -> formPage(cases.find(kaseId), form, errors));
    }

    @OneReading
    @GET
    @Path("{id}")
    @RolesAllowed({Roles.FRONTLINE, Roles.LEAD_PROFESSIONAL, Roles.PANEL_CHAIR, Roles.MANAGER, Roles.FINANCE})
    public TemplateInstance show(@RestPath UUID id) {
        return showPage(requests.view(id), Form.empty().with("route", "CHAIR"), Form.empty(), FormErrors.none());
    }

    @POST
    @Path("{id}/decision")
    @RolesAllowed(Roles.PANEL_CHAIR)
    public Response decide(@RestPath UUID id, MultivaluedMap<String, String> body) {
        Form form = Form.of(body);
        return FormPost.save("/grants/requests/" + id, "outcome", () -> {
            DecisionCommand command = new DecisionCommand(form.choice(DecisionRoute.class, "route"), form.uuid("meetingId"),
                    form.choice(DecisionOutcome.class, "outcome"), form.pence("amount", "The amount"),
                    form.longText("reason", "Reason"), form.version());
            form.check();
            requests.decide(id, command);
        }, errors -> showPage(requests.view(id), form, Form.empty(), errors));
    }

    @POST
    @Path("{id}/payment")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Roles.FINANCE)
    public Response pay(@RestPath UUID id, @RestForm String method, @RestForm String reference,
            @RestForm("paidOn-day") String day, @RestForm("paidOn-month") String month, @RestForm("paidOn-year") String year,
            @RestForm String amount, @RestForm FileUpload receipt, @RestForm String version) {
        Form form = Form.empty().with("method", method).with("reference", reference).with("paidOn-day", day)
                .with("paidOn-month", month).with("paidOn-year", year).with("amount", amount).with("version", version);
        return FormPost.save("/grants/requests/" + id, "method", () -> {
            PaymentCommand command = new PaymentCommand(form.choice(PaymentMethod.class, "method"),
                    form.text("reference", "Payment reference"), form.date("paidOn", "The date paid"),
                    form.pence("amount", "The amount paid"), receipt == null ? null : receipt.fileName(), read(receipt),
                    form.version());
            form.check();
            requests.pay(id, command);
        }, errors -> showPage(requests.view(id), Form.empty().with("route", "CHAIR"), form, errors));
    }

    @POST
    @Path("{id}/panel")
    public Response bringToPanel(@RestPath UUID id) {
        return FormPost.save("/grants/requests/" + id, "panel", () -> requests.bringToPanel(id),
                errors -> showPage(requests.view(id), Form.empty().with("route", "CHAIR"), Form.empty(), errors));
    }

    @POST
    @Path("{id}/cancellation")
    @RolesAllowed({Roles.PANEL_CHAIR, Roles.MANAGER})
    public Response cancel(@RestPath UUID id, MultivaluedMap<String, String> body) {
        Form form = Form.of(body);
        return FormPost.save("/grants/requests/" + id, "cancellation", () -> {
            CancelCommand command = new CancelCommand(form.longText("reason", "Reason for cancelling"), form.version());
            form.check();
            requests.cancel(id, command);
        }, errors -> showPage(requests.view(id), Form.empty().with("route", "CHAIR"), Form.empty(), form, errors));
    }

    @GET
    @Path("{id}/receipt")
    @RolesAllowed({Roles.FRONTLINE, Roles.LEAD_PROFESSIONAL, Roles.PANEL_CHAIR, Roles.MANAGER, Roles.FINANCE})
    @Produces({"application/pdf", "image/jpeg", "image/png"})
    public Response receipt(@RestPath UUID id) {
        Receipt receipt = requests.receipt(id);
        return Response.ok(receipt.content(), receipt.type())
                .header("Content-Disposition", "attachment; filename=\"" + receipt.name() + "\"").build();
    }

    private TemplateInstance formPage(CaseView kase, Form form, FormErrors errors) {
        List<Option> needs = kase.needs().stream().map(n -> new Option(n.id().toString(),
                n.description() + " (" + n.headline().label() + ")")).toList();
        List<Option> categories = Arrays.stream(GrantCategory.values()).map(c -> new Option(c.name(), c.label())).toList();
        var open = requests.fundsThisYear();
        List<Option> funds = open.size() > 1 ? open.stream().map(f -> new Option(f.id().toString(), f.name() + " " + f.year()
                + " (" + f.remaining() + " left)")).toList() : List.of();
        return Templates.form(kase, form, funds, needs, categories, errors);
    }

    private TemplateInstance showPage(GrantRequestView request, Form decision, Form payment, FormErrors errors) {
        return showPage(request, decision, payment, Form.empty(), errors);
    }

    private TemplateInstance showPage(GrantRequestView request, Form decision, Form payment, Form cancellation,
            FormErrors errors) {
        List<Option> routes = Arrays.stream(DecisionRoute.values()).map(r -> new Option(r.name(), r.label())).toList();
        List<Option> outcomes = Arrays.stream(DecisionOutcome.values()).map(o -> new Option(o.name(), o.label())).toList();
        List<Option> methods = Arrays.stream(PaymentMethod.values()).map(m -> new Option(m.name(), m.label())).toList();
        List<Option> meetings = requests.meetingsInSession().stream().map(m -> new Option(m.id().toString(),
                m.panelName() + ", " + Dates.date(m.date()))).toList();
        return Templates.show(request, decision, payment, cancellation, routes, meetings, outcomes, methods, errors);
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
