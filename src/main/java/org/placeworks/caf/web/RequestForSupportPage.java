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
import org.placeworks.caf.OpenCases;
import org.placeworks.caf.HeadlineOutcome;
import org.placeworks.caf.NeedCommand;
import org.placeworks.caf.ReferralCommand;
import org.placeworks.caf.ReferralOrigin;
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
import org.placeworks.shared.OneReading;
import org.placeworks.shared.Text;
import org.placeworks.shared.web.Dates;
import org.placeworks.shared.web.Form;
import org.placeworks.shared.web.FormErrors;
import org.placeworks.shared.web.FormPost;
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
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
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
        static native TemplateInstance screen(FamilyView family, ReferralOrigin origin, Form form, List<Option> answers, FormErrors errors);

        static native TemplateInstance contactSocialCare(FamilyView family);

        static native TemplateInstance referral(FamilyView family, boolean stepDown, ReferralOrigin origin, OpenCases openCases,
                Form form, List<Option> children, List<Option> agencies, List<Option> owners,
                List<Option> headlines, List<Option> staff, List<Integer> rows, FormErrors errors);
    }

    // --- Step 1: the safeguarding screen ------------------------------------------------------

    @GET
    @Path("new")
    public TemplateInstance screen(@RestQuery UUID familyId, @RestQuery String origin) {
        ReferralOrigin from = origin(origin);
        return Templates.screen(family(familyId), from, Form.empty(), CafWeb.yesNo(), FormErrors.none());
    }

    @POST
    @Path("new")
    public Response screened(@RestQuery UUID familyId, MultivaluedMap<String, String> body) {
        Form form = Form.of(body);
        UUID id = familyId != null ? familyId : form.uuid("familyId");
        ReferralOrigin origin = origin(form.value("origin"));
        FamilyView family = family(id);
        return switch (form.value("atRisk")) {
            case "yes" -> concernRaised(family);
            case "no" -> FormPost.seeOther("/cases/new/referral?familyId=" + family.id() + "&screen=no" + originQuery(origin));
            default -> FormPost.page(422, Templates.screen(family, origin, form, CafWeb.yesNo(), FormErrors.of(Map.of("atRisk",
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
    public Response referralForm(@RestQuery UUID familyId, @RestQuery String screen, @RestQuery String origin) {
        ReferralOrigin from = origin(origin);
        FamilyView family = family(familyId);
        if (!"no".equals(screen)) {
            return FormPost.seeOther("/cases/new?familyId=" + family.id() + originQuery(from));
        }
        Form form = prefilled().with("screen", "no");
        if (from != null) {
            form.with("origin", from.reference()).with("reason", from.reason());
        }
        return Response.ok(referralPage(family, false, from, form, FormErrors.none())).type(MediaType.TEXT_HTML_TYPE).build();
    }

    @POST
    @Path("new/referral")
    public Response refer(@RestQuery UUID familyId, MultivaluedMap<String, String> body) {
        Form form = Form.of(body);
        ReferralOrigin origin = origin(form.value("origin"));
        FamilyView family = family(familyId != null ? familyId : form.uuid("familyId"));
        // The screen must have been answered no: a referral never skips it.
        if ("yes".equals(form.value("screen"))) {
            return concernRaised(family);
        }
        if (!"no".equals(form.value("screen"))) {
            return FormPost.page(422, Templates.screen(family, origin, Form.empty(), CafWeb.yesNo(), FormErrors.of(Map.of("atRisk",
                    "Answer the safeguarding question before you make a request for support"))));
        }
        return FormPost.save("reason", () -> "/cases/" + open(family, form, false, origin),
                errors -> referralPage(family, false, origin, form, errors));
    }

    // --- Step down from children's social care ------------------------------------------------------

    @OneReading
    @GET
    @Path("step-down")
    public TemplateInstance stepDownForm(@RestQuery UUID familyId) {
        return referralPage(family(familyId), true, null, prefilled(), FormErrors.none());
    }

    @POST
    @Path("step-down")
    public Response stepDown(@RestQuery UUID familyId, MultivaluedMap<String, String> body) {
        Form form = Form.of(body);
        FamilyView family = family(familyId != null ? familyId : form.uuid("familyId"));
        return FormPost.save("reason", () -> "/cases/" + open(family, form, true, null),
                errors -> referralPage(family, true, null, form, errors));
    }

    // --- Reading the form ---------------------------------------------------------------------------

    private UUID open(FamilyView family, Form form, boolean stepDown, ReferralOrigin origin) {
        var childIds = form.uuids("childIds");
        UUID agency = form.uuid("referrerAgencyId");
        UUID owner = form.uuid("owningServiceId");
        UUID lead = stepDown ? form.uuid("leadProfessionalId") : null;
        List<NeedCommand> needs = new ArrayList<>();
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < needRows(form); i++) {
            String description = form.valueAt("needDescription", i);
            String headline = form.valueAt("needHeadline", i);
            if (description.isBlank() && headline.isBlank()) {
                continue;
            }
            needs.add(new NeedCommand(form.textAt("needs[" + i + "].description", description, "Need", Text.LONG),
                    form.choice(HeadlineOutcome.class, "needs[" + i + "].headline", headline, "Select an option from the list")));
            rows.add(i);
        }
        ReferralCommand command = new ReferralCommand(family.id(), childIds, form.text("referrerName", "Your name"), agency,
                form.text("referrerEmail", "Email address"), form.text("referrerPhone", "Phone number"),
                form.longText("reason", "Reason for the request"), needs, owner, null);
        form.check();
        try {
            if (stepDown) {
                return referrals.stepDown(command, lead);
            }
            return origin == null ? referrals.refer(command) : referrals.refer(command, origin.reference());
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

    private static int needRows(Form form) {
        return Math.max(NEED_ROWS, Math.max(form.values("needDescription").size(), form.values("needHeadline").size()));
    }

    private Form prefilled() {
        Form form = Form.empty();
        staff.me().ifPresent((StaffView me) -> form.with("referrerName", me.name()).with("referrerAgencyId", me.agencyId())
                .with("referrerEmail", me.email()));
        return form;
    }

    /** Where the request comes from, when another feature started it: asked of that feature, which refuses a reader who may not use it. */
    private ReferralOrigin origin(String reference) {
        return referrals.origin(reference).orElse(null);
    }

    private static String originQuery(ReferralOrigin origin) {
        return origin == null ? "" : "&origin=" + java.net.URLEncoder.encode(origin.reference(), java.nio.charset.StandardCharsets.UTF_8);
    }

    private TemplateInstance referralPage(FamilyView family, boolean stepDown, ReferralOrigin origin, Form form, FormErrors errors) {
        List<Option> children = family.children().stream().map(RequestForSupportPage::child).toList();
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < needRows(form); i++) {
            rows.add(i);
        }
        return Templates.referral(family, stepDown, origin, referrals.openCasesFor(family.id()), form, children,
                CafWeb.agencies(services.agencies()), CafWeb.services(referrals.possibleOwners(family.id())),
                CafWeb.headlines(), stepDown ? CafWeb.staff(staff.activeNames()) : List.of(), rows, errors);
    }

    private static Option child(PersonView p) {
        return new Option(p.id().toString(), p.fullName() + (p.dateOfBirth() == null ? " (unborn)"
                : " (born " + Dates.date(p.dateOfBirth()) + ")"));
    }

    /** A request for support is made by a service whose boundary holds the family: others are refused before the form. */
    private FamilyView family(UUID familyId) {
        if (familyId == null) {
            throw new InvalidInput("familyId", "Start the request for support from the family's page");
        }
        return families.familyToChange(familyId);
    }
}
