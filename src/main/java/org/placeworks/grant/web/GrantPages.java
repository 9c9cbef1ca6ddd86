package org.placeworks.grant.web;

import java.util.Set;
import org.placeworks.shared.OneReading;
import org.placeworks.shared.web.Destination;
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
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.placeworks.grant.AwaitingDecision;
import org.placeworks.grant.AwaitingPayment;
import org.placeworks.grant.BudgetChangeCommand;
import org.placeworks.grant.LedgerKind;
import org.placeworks.grant.YearEndCommand;
import org.placeworks.grant.FinancialYear;
import org.placeworks.grant.FundCommand;
import org.placeworks.grant.FundView;
import org.placeworks.grant.Funds;
import org.placeworks.grant.GrantRequests;
import org.placeworks.identity.Roles;
import org.placeworks.shared.InvalidInput;
import org.placeworks.shared.Today;
import org.placeworks.shared.web.Form;
import org.placeworks.shared.web.FormPost;
import org.placeworks.shared.web.FormErrors;
import org.placeworks.shared.web.Option;

/**
 * Grant funds for the panel chair, managers and finance officers: position, breakdowns, requests
 * awaiting decision (awards awaiting payment, for finance), exports.
 */
@Path("/grants")
@RolesAllowed({Roles.PANEL_CHAIR, Roles.MANAGER, Roles.FINANCE})
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class GrantPages {

    /** Small grants in the header and on the home page. */
    @jakarta.enterprise.inject.Produces
    static final Destination DESTINATION = new Destination(40, "/grants", "Grants", "Small grants",
            "What each fund has left, the requests waiting for a decision, and payments.",
            Set.of(Roles.PANEL_CHAIR, Roles.MANAGER, Roles.FINANCE));

    @Inject
    Funds funds;

    @Inject
    GrantRequests requests;

    @Inject
    Today today;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(List<FundView> funds, List<AwaitingDecision> awaiting, List<AwaitingPayment> unpaid);

        static native TemplateInstance fundForm(Form form, List<Option> services, List<Option> panels, FormErrors errors);

        static native TemplateInstance fund(FundView fund, LedgerPages ledgerPages, String thisMonth);

        static native TemplateInstance budget(FundView fund, Form form, List<Option> kinds, FormErrors errors);

        static native TemplateInstance yearEnd(FundView fund, List<AwaitingPayment> unpaid, Form form, FormErrors errors);
    }

    @GET
    @OneReading
    public TemplateInstance index() {
        return Templates.index(funds.all(), requests.awaitingDecision(), requests.awaitingPayment());
    }

    @OneReading
    @GET
    @Path("funds/new")
    @RolesAllowed(Roles.MANAGER)
    public TemplateInstance newFund() {
        return fundForm(Form.empty().with("yearStart", FinancialYear.of(today.date()).startYear()), FormErrors.none());
    }

    @POST
    @Path("funds")
    @RolesAllowed(Roles.MANAGER)
    public Response createFund(MultivaluedMap<String, String> body) {
        Form form = Form.of(body);
        return FormPost.save("name", () -> {
            String yearStart = form.value("yearStart").strip();
            FundCommand command = new FundCommand(form.uuid("serviceId"), form.uuid("panelId"), form.text("name", "Name"),
                    yearStart.matches("\\d{4}") ? Integer.valueOf(yearStart) : null,
                    form.pence("budget", "The budget"), form.pence("maxAward", "The most one award can be"),
                    form.pence("maxPerFamily", "The most a family can have"), form.pence("chairLimit", "The chair's limit"));
            form.check();
            return "/grants/funds/" + funds.create(command);
        }, errors -> fundForm(form, errors));
    }

    @OneReading
    @GET
    @Path("funds/{id}")
    public TemplateInstance fund(@RestPath UUID id, @RestQuery("ledger-before") String ledgerBefore) {
        FundView fund = funds.fund(id, LedgerPages.before(ledgerBefore));
        return Templates.fund(fund, LedgerPages.of(fund), today.month().toString());
    }

    @OneReading
    @GET
    @Path("funds/{id}/budget")
    @RolesAllowed(Roles.MANAGER)
    public TemplateInstance budgetForm(@RestPath UUID id) {
        funds.requireMayManage(id);
        FundView fund = funds.fund(id);
        return Templates.budget(fund, Form.empty().with("version", fund.version()), kinds(), FormErrors.none());
    }

    /** A top-up or reduction of the budget, with the reason; who may is checked before the form is read. */
    @POST
    @Path("funds/{id}/budget")
    @RolesAllowed(Roles.MANAGER)
    public Response changeBudget(@RestPath UUID id, MultivaluedMap<String, String> body) {
        funds.requireMayManage(id);
        Form form = Form.of(body);
        return FormPost.save("/grants/funds/" + id, "stale", () -> {
            BudgetChangeCommand command = new BudgetChangeCommand(form.choice(LedgerKind.class, "kind",
                    "Select whether to top up or reduce the budget"), form.pence("amount", "The amount"),
                    form.longText("reason", "Reason"), form.version());
            form.check();
            funds.changeBudget(id, command);
        }, errors -> Templates.budget(funds.fund(id), form, kinds(), errors));
    }

    @OneReading
    @GET
    @Path("funds/{id}/year-end")
    public TemplateInstance yearEnd(@RestPath UUID id) {
        FundView fund = funds.fund(id);
        return Templates.yearEnd(fund, funds.unpaid(id), Form.empty().with("version", fund.version()), FormErrors.none());
    }

    @POST
    @Path("funds/{id}/year-end")
    @RolesAllowed(Roles.MANAGER)
    public Response closeYear(@RestPath UUID id, MultivaluedMap<String, String> body) {
        funds.requireMayManage(id);
        Form form = Form.of(body);
        return FormPost.save("/grants/funds/" + id, "close", () -> {
            YearEndCommand command = new YearEndCommand(form.longText("note", "Note"), form.version());
            form.check();
            funds.closeYear(id, command);
        }, errors -> Templates.yearEnd(funds.fund(id), funds.unpaid(id), form, errors));
    }

    @GET
    @Path("funds/{id}/unpaid.csv")
    @Produces("text/csv")
    public Response unpaid(@RestPath UUID id) {
        return csv(funds.unpaidCsv(id), "unpaid-awards.csv");
    }

    @GET
    @Path("funds/{id}/finance-return.csv")
    @Produces("text/csv")
    public Response financeReturn(@RestPath UUID id, @RestQuery String month) {
        YearMonth which;
        try {
            which = month == null || month.isBlank() ? today.month() : YearMonth.parse(month.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInput("month", "Give the month as YYYY-MM, like 2026-11");
        }
        return csv(funds.financeReturn(id, which), "finance-return-" + which + ".csv");
    }

    @GET
    @Path("funds/{id}/awards.csv")
    @Produces("text/csv")
    @RolesAllowed(Roles.MANAGER)
    public Response awards(@RestPath UUID id) {
        return csv(funds.awardsExport(id), "grant-awards.csv");
    }

    private TemplateInstance fundForm(Form form, FormErrors errors) {
        return Templates.fundForm(form, options(funds.owningServices()), options(funds.decidingPanels()), errors);
    }

    private static List<Option> kinds() {
        return List.of(new Option(LedgerKind.TOP_UP.name(), "Top up the budget"),
                new Option(LedgerKind.REDUCTION.name(), "Reduce the budget"));
    }

    private static List<Option> options(java.util.Map<UUID, String> choices) {
        return choices.entrySet().stream().map(e -> new Option(e.getKey().toString(), e.getValue())).toList();
    }

    private static Response csv(String body, String filename) {
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + filename + "\"").build();
    }
}
