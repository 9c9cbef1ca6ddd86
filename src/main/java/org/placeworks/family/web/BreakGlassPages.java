package org.placeworks.family.web;

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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestPath;
import org.placeworks.family.Families;
import org.placeworks.family.FamilyHeader;
import org.placeworks.family.GlassOpened;
import org.placeworks.identity.CurrentStaff;
import org.placeworks.identity.Roles;
import org.placeworks.organisation.BreakGlassReviews;
import org.placeworks.organisation.BrokenGlass;
import org.placeworks.shared.InvalidInput;
import org.placeworks.shared.OneReading;
import org.placeworks.shared.web.Destination;
import org.placeworks.shared.web.Form;
import org.placeworks.shared.web.FormErrors;
import org.placeworks.shared.web.FormPost;

/**
 * Breaking glass: a member of staff opens a family's record outside their area by the exact NHS number of one of its
 * people and a reason; the data protection officer and managers review the list of those openings.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class BreakGlassPages {

    /** Opening a record outside one's area: for casework roles, who may need to in an emergency. */
    @jakarta.enterprise.inject.Produces
    static final Destination OPEN = new Destination(21, "/break-glass", "Outside your area", "Open a record outside your area",
            "In an emergency, open a family's record held by another service by giving a reason. Your manager and the data "
            + "protection officer can see that you did.",
            Set.of(Roles.FRONTLINE, Roles.LEAD_PROFESSIONAL, Roles.PANEL_CHAIR, Roles.PANEL_MEMBER, Roles.MANAGER));

    /** The review list in the header and on the home page, with how many wait for review. */
    @RequestScoped
    static class Destinations {

        @Inject
        BreakGlassReviews reviews;

        @Inject
        CurrentStaff current;

        @Inject
        io.vertx.core.http.HttpServerRequest request;

        @jakarta.enterprise.inject.Produces
        Destination reviewList() {
            String waiting = "";
            // Counted only for the home page, where it is shown, and never on the IO thread (an error page, say).
            if ((current.has(Roles.DPO) || current.has(Roles.MANAGER)) && "/".equals(request.path())
                    && !io.vertx.core.Context.isOnEventLoopThread()) {
                long n = reviews.unreviewed();
                waiting = n == 0 ? " None is waiting for review." : n == 1 ? " 1 is waiting for review."
                        : " " + n + " are waiting for review.";
            }
            return new Destination(96, "/break-glass-reviews", "Break-glass", "Records opened by breaking glass",
                    "Who opened a record outside their area, why and until when; mark each reviewed." + waiting,
                    Set.of(Roles.DPO, Roles.MANAGER));
        }
    }

    @Inject
    Families families;

    @Inject
    BreakGlassReviews reviews;

    /** A review row: the access and the family's name (null when the record is not a family). */
    public record Row(BrokenGlass access, String recordName, String recordLink) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance open(Form form, boolean noMatch, FormErrors errors);

        static native TemplateInstance reviews(List<Row> rows);

        static native TemplateInstance review(Row row, Form form, FormErrors errors);
    }

    @GET
    @Path("break-glass")
    @RolesAllowed({ Roles.FRONTLINE, Roles.LEAD_PROFESSIONAL, Roles.PANEL_CHAIR, Roles.PANEL_MEMBER, Roles.MANAGER })
    public TemplateInstance openForm() {
        return Templates.open(Form.empty(), false, FormErrors.none());
    }

    @POST
    @Path("break-glass")
    @RolesAllowed({ Roles.FRONTLINE, Roles.LEAD_PROFESSIONAL, Roles.PANEL_CHAIR, Roles.PANEL_MEMBER, Roles.MANAGER })
    public Response open(MultivaluedMap<String, String> body) {
        Form form = Form.of(body);
        try {
            Optional<GlassOpened> opened = families.breakGlass(form.value("nhsNumber"), form.value("reason"));
            if (opened.isEmpty()) {
                return FormPost.page(200, Templates.open(form, true, FormErrors.none()));
            }
            return FormPost.seeOther("/families/" + opened.get().familyId());
        } catch (InvalidInput e) {
            return FormPost.page(422, Templates.open(form, false, FormErrors.of(e)));
        }
    }

    @GET
    @OneReading
    @Path("break-glass-reviews")
    @RolesAllowed({ Roles.DPO, Roles.MANAGER })
    public TemplateInstance reviewList() {
        return Templates.reviews(rows(reviews.list()));
    }

    @GET
    @Path("break-glass-reviews/{id}")
    @RolesAllowed({ Roles.DPO, Roles.MANAGER })
    public TemplateInstance reviewForm(@RestPath UUID id) {
        return Templates.review(rows(List.of(reviews.one(id))).get(0), Form.empty(), FormErrors.none());
    }

    @POST
    @Path("break-glass-reviews/{id}")
    @RolesAllowed({ Roles.DPO, Roles.MANAGER })
    public Response review(@RestPath UUID id, MultivaluedMap<String, String> body) {
        Form form = Form.of(body);
        return FormPost.save("/break-glass-reviews#access-" + id, "note", () -> reviews.review(id, form.value("note")),
                errors -> Templates.review(rows(List.of(reviews.one(id))).get(0), form, errors));
    }

    private List<Row> rows(List<BrokenGlass> accesses) {
        Map<UUID, FamilyHeader> names = families.headers(accesses.stream().filter(a -> "family".equals(a.recordKind()))
                .map(BrokenGlass::recordId).distinct().toList());
        return accesses.stream().map(a -> {
            FamilyHeader family = names.get(a.recordId());
            return new Row(a, family == null ? a.recordKind() + " " + a.recordId() : family.name(),
                    family == null ? null : "/admin/audit?kind=family&record=" + a.recordId());
        }).toList();
    }
}
