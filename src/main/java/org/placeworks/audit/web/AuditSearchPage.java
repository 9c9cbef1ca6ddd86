package org.placeworks.audit.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.jboss.resteasy.reactive.RestQuery;
import org.placeworks.audit.AuditFinding;
import org.placeworks.audit.AuditQuery;
import org.placeworks.audit.AuditTrail;
import org.placeworks.identity.Roles;
import org.placeworks.shared.CsvWriter;
import org.placeworks.shared.InvalidInput;

/**
 * The data protection officer's view of the trail: who looked at or changed a record (a child, a family, a case),
 * what one member of staff did, in a period; on a page and as CSV. Searching is itself audited.
 */
@Path("/admin")
@RolesAllowed({Roles.ADMIN, Roles.DPO})
public class AuditSearchPage {

    /** The trail, for the data protection officer and administrators. */
    @jakarta.enterprise.inject.Produces
    static final org.placeworks.shared.web.Destination DESTINATION = new org.placeworks.shared.web.Destination(97, "/admin/audit",
            "Audit", "Audit trail", "Who looked at or changed a child's, a family's or a case's record, refused attempts, "
            + "and the check that nobody altered the trail.", java.util.Set.of(Roles.ADMIN, Roles.DPO));

    /** Records of personal data, then the administration that decides who sees them (boundaries, places, agencies, staff). */
    static final List<String> KINDS = List.of("person", "family", "caf-case", "intel-report", "document", "service",
            "strand-delivery", "address", "agency", "staff");

    @Inject
    AuditTrail trail;

    public record Filters(String kind, String record, String actor, String from, String to, boolean denied) {
        public String csvLink() {
            return "/admin/audit.csv?kind=" + enc(kind) + "&record=" + enc(record) + "&actor=" + enc(actor) + "&from=" + enc(from)
                    + "&to=" + enc(to) + (denied ? "&denied=yes" : "");
        }

        private static String enc(String value) {
            return value == null ? "" : java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance search(Filters filters, List<String> kinds, List<AuditFinding> findings, boolean searched, int limit);
    }

    @GET
    @Path("audit")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance search(@RestQuery String kind, @RestQuery String record, @RestQuery String actor, @RestQuery String from,
            @RestQuery String to, @RestQuery String denied) {
        Filters filters = new Filters(blank(kind), blank(record), blank(actor), blank(from), blank(to), "yes".equals(denied));
        AuditQuery query = query(filters);
        if (query.empty() && query.recordKind() == null) {
            return Templates.search(filters, KINDS, List.of(), false, AuditTrail.SEARCH_LIMIT);
        }
        return Templates.search(filters, KINDS, searched(query), true, AuditTrail.SEARCH_LIMIT);
    }

    @GET
    @Path("audit.csv")
    @Produces("text/csv")
    public Response csv(@RestQuery String kind, @RestQuery String record, @RestQuery String actor, @RestQuery String from,
            @RestQuery String to, @RestQuery String denied) {
        AuditQuery query = query(new Filters(blank(kind), blank(record), blank(actor), blank(from), blank(to), "yes".equals(denied)));
        List<List<?>> rows = searched(query).stream().<List<?>>map(f -> List.of(f.at().toString(), f.actor(),
                f.actorRoles() == null ? "" : f.actorRoles(), f.action().name(), f.recordKind(), f.recordId(), f.outcome(), f.summary()))
                .toList();
        return Response.ok(CsvWriter.write(List.of("at (UTC)", "actor", "roles", "action", "record kind", "record", "outcome", "summary"),
                rows), "text/csv; charset=UTF-8").header("Content-Disposition", "attachment; filename=\"audit.csv\"")
                .header("Cache-Control", "no-store").build();
    }

    /** The search is an access to the trail itself, recorded like any other. */
    private List<AuditFinding> searched(AuditQuery query) {
        return trail.searchAudited(query);
    }

    private static AuditQuery query(Filters f) {
        if (f.kind() != null && !KINDS.contains(f.kind())) {
            throw new InvalidInput("kind", "Choose a kind of record: " + String.join(", ", KINDS.subList(0, KINDS.size() - 1)) + " or "
                    + KINDS.get(KINDS.size() - 1));
        }
        if (f.record() != null && f.kind() == null) {
            throw new InvalidInput("kind", "Choose the kind of record the reference is for");
        }
        LocalDate from = date(f.from(), "from");
        LocalDate to = date(f.to(), "to");
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidInput("to", "The end date must be the same as or after the start date");
        }
        return new AuditQuery(f.kind(), f.record(), f.actor(), from, to, f.denied());
    }

    private static LocalDate date(String value, String field) {
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field, "Enter the date as YYYY-MM-DD, like 2026-11-30");
        }
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
