package org.placeworks.retention.web;

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
import org.placeworks.identity.Roles;
import org.placeworks.retention.CertificateView;
import org.placeworks.retention.Disposals;
import org.placeworks.retention.DueRecord;
import org.placeworks.retention.RecordType;
import org.placeworks.retention.RetentionReview;
import org.placeworks.shared.NotFound;
import org.placeworks.shared.web.Destination;
import org.placeworks.shared.web.Form;
import org.placeworks.shared.web.FormErrors;
import org.placeworks.shared.web.FormPost;
import org.placeworks.shared.web.Option;

/**
 * The data protection officer's retention pages: the records past their rule (a reference and dates, no more), the
 * disposal of one with a reason and a confirmation, and the disposal certificates. Only the officer.
 */
@Path("/retention")
@RolesAllowed(Roles.DPO)
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class RetentionPages {

    @jakarta.enterprise.inject.Produces
    static final Destination DESTINATION = new Destination(99, "/retention", "Retention", "Retention and disposal",
            "See the records past their retention rule, approve their disposal, and read the disposal certificates.",
            Set.of(Roles.DPO));

    @Inject
    RetentionReview review;

    @Inject
    Disposals disposals;

    /** A row of the rules table. */
    public record RuleLine(String type, String basis) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(List<DueRecord> records, String reviewedOn, List<RuleLine> rules);

        static native TemplateInstance dispose(DueRecord record, String path, Form form, FormErrors errors, List<Option> confirm);

        static native TemplateInstance certificates(List<CertificateView> certificates);
    }

    @GET
    public TemplateInstance index() {
        RetentionReview.DueList list = review.list();
        List<RuleLine> rules = new java.util.ArrayList<>(Arrays.stream(RecordType.values())
                .map(t -> new RuleLine(t.label(), review.rule(t))).toList());
        rules.add(new RuleLine("Audit entries", review.auditRule()));
        return Templates.index(list.records(), list.reviewedOn().map(org.placeworks.shared.web.Dates::date).orElse(null), rules);
    }

    /** Brings the list up to date now, rather than waiting for the night's review. */
    @POST
    @Path("review")
    public Response reviewNow() {
        review.reviewNow();
        return FormPost.seeOther("/retention");
    }

    @GET
    @Path("certificates")
    public TemplateInstance certificates() {
        return Templates.certificates(disposals.certificates());
    }

    @GET
    @Path("{type}/{id}")
    public TemplateInstance disposal(@RestPath String type, @RestPath UUID id) {
        RecordType kind = kind(type);
        return Templates.dispose(disposals.due(kind, id), path(kind, id), Form.empty(), FormErrors.none(), confirm());
    }

    @POST
    @Path("{type}/{id}")
    public Response dispose(@RestPath String type, @RestPath UUID id, MultivaluedMap<String, String> body) {
        RecordType kind = kind(type);
        Form form = Form.of(body);
        return FormPost.save("/retention/certificates", "reason",
                () -> disposals.dispose(kind, id, form.value("reason"), form.ticked("confirm")),
                errors -> Templates.dispose(disposals.due(kind, id), path(kind, id), form, errors, confirm()));
    }

    /** The record type as its path segment: early-help, intelligence, subject-access. */
    public static String segment(RecordType type) {
        return type.name().toLowerCase().replace('_', '-');
    }

    private static RecordType kind(String segment) {
        return Arrays.stream(RecordType.values()).filter(t -> segment(t).equals(segment)).findFirst()
                .orElseThrow(() -> new NotFound("record type", segment));
    }

    private static String path(RecordType type, UUID id) {
        return "/retention/" + segment(type) + "/" + id;
    }

    private static List<Option> confirm() {
        return List.of(new Option("yes", "I confirm this record and every copy of it will be removed, and cannot be restored"));
    }
}
