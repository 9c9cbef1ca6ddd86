package org.placeworks.estate.web;

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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.placeworks.estate.BulkItem;
import org.placeworks.estate.CloseReason;
import org.placeworks.estate.EstateCategory;
import org.placeworks.estate.EstateIssueView;
import org.placeworks.estate.EstateIssueWork;
import org.placeworks.estate.IssueChange;
import org.placeworks.estate.IssueChannel;
import org.placeworks.estate.IssueDetail;
import org.placeworks.estate.IssueFilter;
import org.placeworks.estate.IssueLocation;
import org.placeworks.estate.IssuePage;
import org.placeworks.estate.IssueStatus;
import org.placeworks.estate.IssueTransition;
import org.placeworks.estate.NewEstateIssue;
import org.placeworks.estate.NewPhoto;
import org.placeworks.estate.PhotoContent;
import org.placeworks.estate.ReporterContact;
import org.placeworks.estate.internal.PhotoType;
import org.placeworks.geography.AddressView;
import org.placeworks.identity.Roles;
import org.placeworks.shared.InvalidInput;
import org.placeworks.shared.OneReading;
import org.placeworks.shared.Text;
import org.placeworks.shared.web.Destination;
import org.placeworks.shared.web.Form;
import org.placeworks.shared.web.FormErrors;
import org.placeworks.shared.web.FormPost;
import org.placeworks.shared.web.Option;

/**
 * Estate officers' and managers' pages for issues: the worklist (open issues by target date, overdue
 * first, filtered and paged in SQL) with its bulk update, reporting an issue, and an issue's page with
 * its status changes and photos.
 */
@Path("/estate/issues")
@RolesAllowed({Roles.ESTATE_OFFICER, Roles.MANAGER})
@Produces(MediaType.TEXT_HTML)
public class EstateIssuePages {

    static final int PAGE_SIZE = 25;

    /** Estate issues in the header and on the home page. */
    @jakarta.enterprise.inject.Produces
    static final Destination DESTINATION = new Destination(45, "/estate/issues", "Estate issues", "Estate issues",
            "Open issues on the estate by target date, overdue first; report an issue and update several at once.",
            Set.of(Roles.ESTATE_OFFICER, Roles.MANAGER));

    @Inject
    EstateIssueWork work;

    /** The worklist's filters as chosen, and the place options. */
    public record Filters(Form form, List<Option> categories, List<Option> places, List<Option> statuses, FormErrors errors) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance worklist(IssuePage page, Filters filters, String nextLink, Form form,
                List<Option> transitions, List<Option> closeReasons, FormErrors errors, String reported);

        static native TemplateInstance report(Form form, List<AddressView> addresses, boolean searched, List<Option> categories,
                List<Option> places, FormErrors errors);

        static native TemplateInstance issue(IssueDetail detail, Form form, List<Option> transitions, List<Option> closeReasons,
                FormErrors errors);
    }

    // --- The worklist and bulk update --------------------------------------------------

    @GET
    @OneReading
    public TemplateInstance worklist(@RestQuery String category, @RestQuery String place, @RestQuery String status,
            @RestQuery String after, @RestQuery String reported, @RestQuery Integer updated) {
        Form filters = Form.empty().with("category", category).with("place", place).with("status", status).with("after", after);
        // The banner is worded here, never taken from the link, so a crafted link cannot put words on the page.
        String done = null;
        if (reported != null && reported.matches("EST-\\d{1,12}")) {
            done = "Issue " + reported + " was reported and sent to the service responsible for it.";
        } else if (updated != null && updated > 0) {
            done = updated == 1 ? "1 issue was updated." : updated + " issues were updated.";
        }
        return worklistPage(filters, Form.empty(), FormErrors.none(), done);
    }

    /** One status change, with one note, of every issue ticked: all or nothing. */
    @POST
    @Path("bulk")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response bulk(MultivaluedMap<String, String> body) {
        Form form = Form.of(body);
        Form filters = Form.empty().with("category", form.value("filterCategory")).with("place", form.value("filterPlace"))
                .with("status", form.value("filterStatus"));
        return FormPost.save("issues", () -> {
            List<BulkItem> items = new ArrayList<>();
            for (UUID id : form.uuids("issues", "Select the issues from the list")) {
                items.add(new BulkItem(id, versionOf(form, id)));
            }
            IssueChange change = change(form);
            form.check();
            int count = work.changeMany(items, change).size();
            return "/estate/issues?updated=" + count;
        }, errors -> worklistPage(filters, form, errors, null));
    }

    // --- Reporting ---------------------------------------------------------------------

    @GET
    @OneReading
    @Path("new")
    public TemplateInstance reportForm(@RestQuery String q) {
        Form form = Form.empty().with("q", q).with("where", "address");
        return reportPage(form, FormErrors.none());
    }

    @POST
    @Path("new")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response report(ReportForm posted) {
        Form form = posted.form();
        return FormPost.save("description", () -> {
            EstateCategory category = form.required(form.choice(EstateCategory.class, "category"), "category", "Select the kind of issue");
            IssueLocation location = location(form);
            NewEstateIssue issue = new NewEstateIssue(category, location, form.text("title", "Title"),
                    form.text("description", "Description", 5_000), new ReporterContact(form.text("reporterName", "Reporter's name"),
                            form.text("reporterEmail", "Reporter's email"), form.text("reporterPhone", "Reporter's telephone")),
                    IssueChannel.STAFF, null);
            List<NewPhoto> photos = photos(posted.photo, form);
            form.check();
            EstateIssueView saved;
            try {
                saved = work.report(issue, photos);
            } catch (InvalidInput e) {
                throw onFormFields(e);
            }
            return work.mayRead(saved) ? "/estate/issues/" + saved.id() : "/estate/issues?reported=" + saved.reference();
        }, errors -> reportPage(form, errors));
    }

    // --- One issue ---------------------------------------------------------------------

    @GET
    @Path("{id}")
    public TemplateInstance issue(@RestPath UUID id) {
        IssueDetail detail = work.show(id);
        return issuePage(detail, Form.empty().with("version", detail.issue().version()), FormErrors.none());
    }

    @POST
    @Path("{id}/status")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response changeStatus(@RestPath UUID id, MultivaluedMap<String, String> body) {
        work.checkMayChange(id); // who may change is settled before the form is read
        Form form = Form.of(body);
        return FormPost.save("/estate/issues/" + id, "stale", () -> {
            IssueChange change = change(form);
            form.check();
            work.change(id, change);
        }, errors -> issuePage(work.show(id), form, errors));
    }

    @POST
    @Path("{id}/photos")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response addPhoto(@RestPath UUID id, PhotoForm posted) {
        work.checkMayChange(id);
        Form form = Form.empty();
        return FormPost.save("/estate/issues/" + id + "#photos", "photo", () -> {
            List<NewPhoto> photos = photos(posted.photo, form);
            form.required(photos.isEmpty() ? null : photos, "photo", "Choose a photo to upload");
            form.check();
            work.addPhoto(id, photos.get(0));
        }, errors -> {
            IssueDetail detail = work.show(id);
            return issuePage(detail, Form.empty().with("version", detail.issue().version()), errors);
        });
    }

    @GET
    @Path("{id}/photos/{photoId}")
    @Produces({"image/jpeg", "image/png", "image/webp", "image/heic"})
    public Response photo(@RestPath UUID id, @RestPath UUID photoId) {
        PhotoContent photo = work.photo(id, photoId);
        return Response.ok(photo.content(), photo.contentType())
                .header("Content-Disposition", "inline; filename=\"photo-" + photoId + "\"")
                .build();
    }

    // --- Reading the forms -------------------------------------------------------------

    private static IssueChange change(Form form) {
        IssueTransition transition = form.required(form.choice(IssueTransition.class, "transition"), "transition",
                "Select what to do");
        CloseReason reason = form.choice(CloseReason.class, "closeReason");
        return new IssueChange(transition, reason, form.longText("reason", "Reason"), form.longText("note", "Note"),
                form.longText("publicNote", "Note for the public"), form.version());
    }

    private static Long versionOf(Form form, UUID id) {
        try {
            return Long.valueOf(form.value("version-" + id).strip());
        } catch (NumberFormatException e) {
            return -1L;
        }
    }

    private static IssueLocation location(Form form) {
        Double latitude = decimal(form, "latitude", "Latitude");
        Double longitude = decimal(form, "longitude", "Longitude");
        if ("described".equals(form.value("where"))) {
            String[] place = form.value("place").split(":");
            UUID neighbourhood = null;
            UUID estate = null;
            if (place.length == 2) {
                try {
                    neighbourhood = UUID.fromString(place[0]);
                    estate = UUID.fromString(place[1]);
                } catch (IllegalArgumentException e) {
                    form.problem("place", Form.CHOOSE_FROM_LIST);
                }
            }
            return new IssueLocation(null, form.text("placeDescription", "Description of the place"), neighbourhood, estate,
                    latitude, longitude);
        }
        UUID address = form.required(form.uuid("addressId"), "addressId", "Find and choose the address, or describe the place");
        return new IssueLocation(address, null, null, null, latitude, longitude);
    }

    private static Double decimal(Form form, String name, String label) {
        String raw = form.value(name).strip();
        if (raw.isEmpty()) {
            return null;
        }
        try {
            double value = Double.parseDouble(raw);
            if (Double.isNaN(value) || Double.isInfinite(value)) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            form.problem(name, label + " must be a number, like 52.2053");
            return null;
        }
    }

    /** The photo posted, read only when it is small enough; a non-image is refused by the service. */
    static List<NewPhoto> photos(FileUpload upload, Form form) {
        if (upload == null || upload.fileName() == null || upload.fileName().isBlank() || upload.size() == 0) {
            return List.of();
        }
        if (upload.size() > PhotoType.MAX_BYTES) {
            form.problem("photo", "The photo must be smaller than 10 MB");
            return List.of();
        }
        try {
            return List.of(new NewPhoto(upload.fileName(), Files.readAllBytes(upload.uploadedFile())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The service names the place's fields as the API does; the form shows them on its own fields. */
    private static InvalidInput onFormFields(InvalidInput e) {
        Map<String, String> errors = new LinkedHashMap<>();
        e.errors().forEach((field, message) -> errors.putIfAbsent(switch (field) {
            case "neighbourhoodId", "estateId" -> "place";
            default -> field;
        }, message));
        return new InvalidInput(errors);
    }

    // --- Showing the pages -------------------------------------------------------------

    private TemplateInstance worklistPage(Form filters, Form form, FormErrors errors, String reported) {
        IssueFilter filter = filter(filters);
        IssuePage page = work.worklist(filter);
        String next = null;
        if (page.hasNext()) {
            next = "/estate/issues?after=" + page.nextDate() + "_" + page.nextId() + query(filters);
        }
        return Templates.worklist(page, new Filters(filters, categories(), places(), statuses(), FormErrors.of(filters.problems())), next, form, transitions(),
                closeReasons(), errors, reported);
    }

    private static String query(Form filters) {
        StringBuilder q = new StringBuilder();
        for (String name : List.of("category", "place", "status")) {
            String value = filters.value(name);
            if (!value.isBlank() && value.matches("[A-Za-z0-9_:-]+")) {
                q.append('&').append(name).append('=').append(value);
            }
        }
        return q.toString();
    }

    private static IssueFilter filter(Form filters) {
        EstateCategory category = filters.choice(EstateCategory.class, "category");
        boolean every = filters.value("status").equals("all");
        IssueStatus status = every ? null : filters.choice(IssueStatus.class, "status");
        UUID estate = null;
        UUID neighbourhood = null;
        String[] place = filters.value("place").split(":");
        if (place.length == 2) {
            try {
                if (place[0].equals("estate")) {
                    estate = UUID.fromString(place[1]);
                } else if (place[0].equals("neighbourhood")) {
                    neighbourhood = UUID.fromString(place[1]);
                }
            } catch (IllegalArgumentException e) {
                filters.problem("place", Form.CHOOSE_FROM_LIST);
            }
        }
        LocalDate afterDate = null;
        UUID afterId = null;
        String[] after = filters.value("after").split("_");
        if (after.length == 2) {
            try {
                afterDate = LocalDate.parse(after[0]);
                afterId = UUID.fromString(after[1]);
            } catch (DateTimeParseException | IllegalArgumentException e) {
                afterDate = null;
                afterId = null;
            }
        }
        return new IssueFilter(category, estate, neighbourhood, status, every, afterDate, afterId, PAGE_SIZE);
    }

    private TemplateInstance reportPage(Form form, FormErrors errors) {
        String q = form.value("q");
        boolean searched = !q.isBlank();
        List<AddressView> found = searched && Text.problem("Search", q, Text.SEARCH).isEmpty() ? work.findAddresses(q) : List.of();
        List<Option> places = work.myEstatePlaces().stream()
                .map(p -> new Option(p.neighbourhoodId() + ":" + p.estateId(), p.label())).toList();
        return Templates.report(form, found, searched, categories(), places, errors);
    }

    private TemplateInstance issuePage(IssueDetail detail, Form form, FormErrors errors) {
        List<Option> steps = detail.steps().stream().map(t -> new Option(t.name(), t.label())).toList();
        return Templates.issue(detail, form, steps, closeReasons(), errors);
    }

    private List<Option> places() {
        List<Option> options = new ArrayList<>();
        Set<UUID> estates = new java.util.LinkedHashSet<>();
        for (EstateIssueWork.EstatePlace p : work.myEstatePlaces()) {
            if (estates.add(p.estateId())) {
                options.add(new Option("estate:" + p.estateId(), p.label().substring(0, p.label().indexOf(':')) + " (all of it)"));
            }
            options.add(new Option("neighbourhood:" + p.neighbourhoodId(), p.label()));
        }
        return options;
    }

    static List<Option> categories() {
        return Arrays.stream(EstateCategory.values()).map(c -> new Option(c.name(), c.label())).toList();
    }

    private static List<Option> statuses() {
        List<Option> options = new ArrayList<>();
        options.add(new Option("", "Open (reported, in progress, reopened)"));
        Arrays.stream(IssueStatus.values()).forEach(s -> options.add(new Option(s.name(), s.label())));
        options.add(new Option("all", "Every status"));
        return options;
    }

    private static List<Option> transitions() {
        return Arrays.stream(IssueTransition.values()).map(t -> new Option(t.name(), t.label())).toList();
    }

    private static List<Option> closeReasons() {
        return Arrays.stream(CloseReason.values()).map(r -> new Option(r.name(), r.label())).toList();
    }
}
