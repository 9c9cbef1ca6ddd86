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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestQuery;
import org.placeworks.caf.CaseSummary;
import org.placeworks.caf.HeadlineOutcome;
import org.placeworks.caf.NeedCommand;
import org.placeworks.caf.ReferralCommand;
import org.placeworks.caf.Referrals;
import org.placeworks.family.Families;
import org.placeworks.family.FamilyView;
import org.placeworks.family.PersonView;
import org.placeworks.identity.Roles;
import org.placeworks.organisation.Services;
import org.placeworks.organisation.StaffDirectory;
import org.placeworks.organisation.StaffView;
import org.placeworks.shared.InvalidInput;
import org.placeworks.shared.NotFound;
import org.placeworks.shared.web.FormErrors;
import org.placeworks.shared.web.Option;

/**
 * A request for support starts with the safeguarding screen: a child at risk of significant harm
 * is not early help, and nothing is recorded but the fact that the screen stopped the referral.
 * Only then the referral itself, warned of any case the family already has. Step down from
 * children's social care uses the same form, without the screen, with a lead professional.
 */
@Path("/cases")
@RolesAllowed({Roles.FRONTLINE, Roles.LEAD_PROFESSIONAL, Roles.PANEL_CHAIR, Roles.PANEL_MEMBER, Roles.MANAGER})
@Produces(MediaType.TEXT_HTML)
public class RequestForSupportPage {

    /** Need rows the form offers; blank rows are ignored. */
    static final int NEED_ROWS = 3;

    @Inject
    Referrals referrals;

    @Inject
    Families families;

    @Inject
    Services services;

    @Inject
    StaffDirectory staff;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance screen(FamilyView family, Posted form, List<Option> answers, FormErrors errors);

        static native TemplateInstance contactSocialCare(FamilyView family);

        static native TemplateInstance referral(FamilyView family, boolean stepDown, List<CaseSummary> openCases,
                Posted form, List<Option> children, List<Option> agencies, List<Option> owners,
                List<Option> headlines, List<Option> staff, List<Integer> rows, FormErrors errors);
    }

    // --- Step 1: the safeguarding screen ------------------------------------------------------

    @GET
    @Path("new")
    public TemplateInstance screen(@RestQuery UUID familyId) {
        return Templates.screen(family(familyId), Posted.empty(), CafWeb.yesNo(), FormErrors.none());
    }

    @POST
    @Path("new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response screened(@RestQuery UUID familyId, MultivaluedMap<String, String> body) {
        Posted form = Posted.of(body);
        UUID id = familyId != null ? familyId : Posted.uuid("familyId", form.value("familyId"), new LinkedHashMap<>());
        FamilyView family = family(id);
        return switch (form.value("atRisk")) {
            case "yes" -> concernRaised(family);
            case "no" -> CafWeb.seeOther("/cases/new/referral?familyId=" + family.id() + "&screen=no");
            default -> CafWeb.rerender(422, Templates.screen(family, form, CafWeb.yesNo(), FormErrors.of(Map.of("atRisk",
                    "Select yes if any child is at risk of significant harm"))));
        };
    }

    private Response concernRaised(FamilyView family) {
        referrals.safeguardingConcernRaised();
        return Response.ok(Templates.contactSocialCare(family)).type(MediaType.TEXT_HTML_TYPE).build();
    }

    // --- Step 2: the referral ----------------------------------------------------------------------

    @GET
    @Path("new/referral")
    public Response referralForm(@RestQuery UUID familyId, @RestQuery String screen) {
        FamilyView family = family(familyId);
        if (!"no".equals(screen)) {
            return CafWeb.seeOther("/cases/new?familyId=" + family.id());
        }
        Posted form = prefilled().with("screen", "no");
        return Response.ok(referralPage(family, false, form, FormErrors.none())).type(MediaType.TEXT_HTML_TYPE).build();
    }

    @POST
    @Path("new/referral")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response refer(@RestQuery UUID familyId, MultivaluedMap<String, String> body) {
        Posted form = Posted.of(body);
        FamilyView family = family(familyId != null ? familyId : Posted.uuid("familyId", form.value("familyId"), new LinkedHashMap<>()));
        // The screen must have been answered no: a referral never skips it.
        if ("yes".equals(form.value("screen"))) {
            return concernRaised(family);
        }
        if (!"no".equals(form.value("screen"))) {
            return CafWeb.rerender(422, Templates.screen(family, Posted.empty(), CafWeb.yesNo(), FormErrors.of(Map.of("atRisk",
                    "Answer the safeguarding question before you make a request for support"))));
        }
        try {
            UUID caseId = open(family, form, false);
            return CafWeb.seeOther("/cases/" + caseId);
        } catch (InvalidInput e) {
            return CafWeb.rerender(422, referralPage(family, false, form, FormErrors.of(e)));
        }
    }

    // --- Step down from children's social care ------------------------------------------------------

    @GET
    @Path("step-down")
    public TemplateInstance stepDownForm(@RestQuery UUID familyId) {
        return referralPage(family(familyId), true, prefilled(), FormErrors.none());
    }

    @POST
    @Path("step-down")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response stepDown(@RestQuery UUID familyId, MultivaluedMap<String, String> body) {
        Posted form = Posted.of(body);
        FamilyView family = family(familyId != null ? familyId : Posted.uuid("familyId", form.value("familyId"), new LinkedHashMap<>()));
        try {
            UUID caseId = open(family, form, true);
            return CafWeb.seeOther("/cases/" + caseId);
        } catch (InvalidInput e) {
            return CafWeb.rerender(422, referralPage(family, true, form, FormErrors.of(e)));
        }
    }

    // --- Reading the form ---------------------------------------------------------------------------

    private UUID open(FamilyView family, Posted form, boolean stepDown) {
        Map<String, String> problems = new LinkedHashMap<>();
        var childIds = form.uuids("childIds", problems);
        UUID agency = form.uuid("referrerAgencyId", problems);
        UUID owner = form.uuid("owningServiceId", problems);
        UUID lead = stepDown ? form.uuid("leadProfessionalId", problems) : null;
        List<NeedCommand> needs = new ArrayList<>();
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < needRows(form); i++) {
            String description = form.valueAt("needDescription", i);
            String headline = form.valueAt("needHeadline", i);
            if (description.isBlank() && headline.isBlank()) {
                continue;
            }
            needs.add(new NeedCommand(description, Posted.choice(HeadlineOutcome.class, "needs[" + i + "].headline", headline, problems)));
            rows.add(i);
        }
        CafWeb.check(problems);
        ReferralCommand command = new ReferralCommand(family.id(), childIds, form.text("referrerName"), agency,
                form.text("referrerEmail"), form.text("referrerPhone"), form.text("reason"), needs, owner, null);
        try {
            return stepDown ? referrals.stepDown(command, lead) : referrals.refer(command);
        } catch (InvalidInput e) {
            throw new InvalidInput(fieldsOfTheForm(e.errors(), rows));
        }
    }

    /** The service names needs by their place among the rows filled in, and owners in its own words: name the form's fields. */
    static Map<String, String> fieldsOfTheForm(Map<String, String> errors, List<Integer> rows) {
        Map<String, String> named = new LinkedHashMap<>();
        CafWeb.rows(errors, "needs", rows).forEach((key, message) -> {
            String field = switch (key) {
                case "needs" -> "needs[0].description";
                case "serviceId", "familyId", "address" -> "owningServiceId";
                default -> key;
            };
            named.putIfAbsent(field, message);
        });
        return named;
    }

    private static int needRows(Posted form) {
        return Math.max(NEED_ROWS, Math.max(form.values("needDescription").size(), form.values("needHeadline").size()));
    }

    private Posted prefilled() {
        Posted form = Posted.empty();
        staff.me().ifPresent((StaffView me) -> form.with("referrerName", me.name()).with("referrerAgencyId", me.agencyId())
                .with("referrerEmail", me.email()));
        return form;
    }

    private TemplateInstance referralPage(FamilyView family, boolean stepDown, Posted form, FormErrors errors) {
        List<Option> children = family.children().stream().map(RequestForSupportPage::child).toList();
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < needRows(form); i++) {
            rows.add(i);
        }
        return Templates.referral(family, stepDown, referrals.openCasesFor(family.id()), form, children,
                CafWeb.agencies(services.agencies()), CafWeb.services(referrals.possibleOwners(family.id())),
                CafWeb.headlines(), stepDown ? CafWeb.staff(staff.activeNames()) : List.of(), rows, errors);
    }

    private static Option child(PersonView p) {
        return new Option(p.id().toString(), p.fullName() + (p.dateOfBirth() == null ? " (unborn)"
                : " (born " + CafTemplateExtensions.day(p.dateOfBirth()) + ")"));
    }

    private FamilyView family(UUID familyId) {
        if (familyId == null) {
            throw new NotFound("family", "(none given)");
        }
        return families.family(familyId);
    }
}
