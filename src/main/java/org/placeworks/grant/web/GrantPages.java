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
import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.placeworks.grant.AwaitingDecision;
import org.placeworks.grant.FinancialYear;
import org.placeworks.grant.FundCommand;
import org.placeworks.grant.FundView;
import org.placeworks.grant.Funds;
import org.placeworks.grant.GrantRequests;
import org.placeworks.identity.Roles;
import org.placeworks.shared.InvalidInput;
import org.placeworks.shared.web.FormErrors;

/** Grant funds for the panel chair and managers: position, breakdowns, requests awaiting decision, exports. */
@Path("/grants")
@RolesAllowed({Roles.PANEL_CHAIR, Roles.MANAGER})
@Produces(MediaType.TEXT_HTML)
public class GrantPages {

    @Inject
    Funds funds;

    @Inject
    GrantRequests requests;

    public record FundForm(String name, String yearStart, String budget, String maxAward, String maxPerFamily,
            String chairLimit) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(List<FundView> funds, List<AwaitingDecision> awaiting);

        static native TemplateInstance fundForm(FundForm form, FormErrors errors);

        static native TemplateInstance fund(FundView fund, String thisMonth);
    }

    @GET
    public TemplateInstance index() {
        return Templates.index(funds.all(), requests.awaitingDecision());
    }

    @GET
    @Path("funds/new")
    @RolesAllowed(Roles.MANAGER)
    public TemplateInstance newFund() {
        String year = String.valueOf(FinancialYear.of(LocalDate.now(ZoneId.of("Europe/London"))).startYear());
        return Templates.fundForm(new FundForm("", year, "", "", "", ""), FormErrors.none());
    }

    @POST
    @Path("funds")
    @RolesAllowed(Roles.MANAGER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response createFund(@RestForm String name, @RestForm String yearStart, @RestForm String budget,
            @RestForm String maxAward, @RestForm String maxPerFamily, @RestForm String chairLimit) {
        FundForm form = new FundForm(name, yearStart, budget, maxAward, maxPerFamily, chairLimit);
        Map<String, String> problems = new LinkedHashMap<>();
        try {
            Integer year = yearStart == null || !yearStart.strip().matches("\\d{4}") ? null : Integer.valueOf(yearStart.strip());
            FundCommand command = new FundCommand(name, year,
                    FormInput.pence(problems, "budget", budget, "Enter the budget in pounds, like 2500.00"),
                    FormInput.pence(problems, "maxAward", maxAward, "Enter the most one award can be, like 150.00"),
                    FormInput.pence(problems, "maxPerFamily", maxPerFamily, "Enter the most a family can have, like 300.00"),
                    FormInput.pence(problems, "chairLimit", chairLimit, "Enter the chair's limit, like 50.00"));
            FormInput.check(problems);
            UUID id = funds.create(command);
            return Response.seeOther(URI.create("/grants/funds/" + id)).build();
        } catch (InvalidInput e) {
            return Response.status(422).entity(Templates.fundForm(form, FormErrors.of(e))).build();
        }
    }

    @GET
    @Path("funds/{id}")
    public TemplateInstance fund(@RestPath UUID id) {
        return Templates.fund(funds.fund(id), YearMonth.now(ZoneId.of("Europe/London")).toString());
    }

    @GET
    @Path("funds/{id}/finance-return.csv")
    @Produces("text/csv")
    public Response financeReturn(@RestPath UUID id, @RestQuery String month) {
        YearMonth which;
        try {
            which = month == null || month.isBlank() ? YearMonth.now(ZoneId.of("Europe/London")) : YearMonth.parse(month.strip());
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

    private static Response csv(String body, String filename) {
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + filename + "\"")
                .header("Cache-Control", "no-store").build();
    }
}
