package org.placeworks.open311;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.placeworks.estate.CategorySetting;
import org.placeworks.estate.EstateCategory;
import org.placeworks.estate.EstateIssueView;
import org.placeworks.estate.EstateIssues;
import org.placeworks.estate.IssueChannel;
import org.placeworks.estate.IssueLocation;
import org.placeworks.estate.IssueStatus;
import org.placeworks.estate.NewEstateIssue;
import org.placeworks.estate.PublicIssue;
import org.placeworks.estate.PublicIssueQuery;
import org.placeworks.estate.PublicIssueUpdate;
import org.placeworks.estate.ReporterContact;
import org.placeworks.geography.Placement;
import org.placeworks.geography.Places;
import org.placeworks.shared.Forbidden;
import org.placeworks.shared.InvalidInput;
import org.placeworks.shared.NotFound;
import org.placeworks.shared.Today;

/**
 * Open311 GeoReport v2 over the estate issues: the services (one per category), reports posted by civic
 * tools such as FixMyStreet, and the public reads of requests and their updates. Reports come in through
 * {@link EstateIssues#report} like any other, placed by their latitude and longitude; the reads show only
 * what {@link PublicIssue} holds, never the reporter.
 */
@ApplicationScoped
public class Open311Requests {

    /** The spec's defaults: a search covers 90 days at most and answers 1,000 requests at most. */
    static final Duration LONGEST_SPAN = Duration.ofDays(90);
    static final int MOST = 1000;
    static final String GROUP = "Estate Services";
    /** The spec's words for a refused key, which FixMyStreet shows its administrators. */
    static final String BAD_KEY = "Invalid api_key received -- can't proceed with the request.";

    @Inject
    EstateIssues issues;

    @Inject
    Places places;

    @Inject
    Open311Keys keys;

    @Inject
    Open311Settings settings;

    @Inject
    Clock clock;

    // --- Services ---------------------------------------------------------------------

    public List<Open311Service> services(String jurisdictionId) {
        checkJurisdiction(jurisdictionId);
        return issues.categories().stream().map(Open311Requests::service).toList();
    }

    public Open311Service service(String code, String jurisdictionId) {
        checkJurisdiction(jurisdictionId);
        EstateCategory category = EstateCategory.fromCode(code).orElseThrow(() -> new NotFound("service", code));
        return issues.categories().stream().filter(c -> c.category() == category).findFirst().map(Open311Requests::service)
                .orElseThrow(() -> new NotFound("service", code));
    }

    private static Open311Service service(CategorySetting setting) {
        String who = setting.responsibleServiceName() == null ? "Estate Services" : setting.responsibleServiceName();
        String description = setting.label() + " on the estate. " + who + " aims to deal with it within "
                + setting.targetWorkingDays() + (setting.targetWorkingDays() == 1 ? " working day." : " working days.");
        return new Open311Service(setting.category().code(), setting.label(), description, GROUP, attributes(setting.category()));
    }

    /** The questions a category asks: only an abandoned vehicle's registration, and that is optional. */
    static List<Open311Attribute> attributes(EstateCategory category) {
        if (category == EstateCategory.ABANDONED_VEHICLE) {
            return List.of(new Open311Attribute("registration", true, "string", false, "For example, AB12 CDE", 1,
                    "The vehicle's registration number, if you can see it", List.of()));
        }
        return List.of();
    }

    // --- Posting a request ------------------------------------------------------------

    /** Checks the key, then every field, then places and files the report; nothing is saved when anything is refused. */
    @Transactional
    public SubmittedRequest submit(NewServiceRequest request) {
        String client = keys.clientFor(request.apiKey()).orElseThrow(() -> new Forbidden(BAD_KEY));
        checkJurisdiction(request.jurisdictionId());
        Map<String, String> problems = new LinkedHashMap<>();
        EstateCategory category = null;
        if (blank(request.serviceCode())) {
            problems.put("service_code", "service_code is required: one of the codes in services.xml");
        } else {
            category = EstateCategory.fromCode(request.serviceCode().strip()).orElse(null);
            if (category == null) {
                problems.put("service_code", "service_code " + quoted(request.serviceCode()) + " is not a service of this council:"
                        + " use one of the codes in services.xml");
            }
        }
        Double latitude = coordinate(request.latitude(), "lat", 90, problems);
        Double longitude = coordinate(request.longitude(), "long", 180, problems);
        if (blank(request.description())) {
            problems.put("description", "description is required: say what the problem is");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Placement placement = places.locate(latitude, longitude).orElseThrow(() -> outside(latitude, longitude));
        String description = description(request.description(), category, request.attributes());
        String name = join(request.firstName(), request.lastName());
        ReporterContact reporter = new ReporterContact(name, blankToNull(request.email()), blankToNull(request.phone()));
        IssueLocation location = new IssueLocation(null, placeDescription(placement), placement.neighbourhoodId(),
                placement.estateId(), latitude, longitude);
        EstateIssueView issue;
        try {
            issue = issues.report(new NewEstateIssue(category, location, title(description), description, reporter,
                    IssueChannel.OPEN311, client));
        } catch (InvalidInput e) {
            throw new InvalidInput(specFields(e.errors()));
        }
        return new SubmittedRequest(issue.id(), notice(issue));
    }

    private static String notice(EstateIssueView issue) {
        return issue.targetDate() == null ? null : issue.owningServiceName() + " aims to deal with this by "
                + issue.targetDate().format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)) + ".";
    }

    private static InvalidInput outside(double latitude, double longitude) {
        return new InvalidInput(Map.of("lat", "The location lat " + latitude + ", long " + longitude
                + " is outside the areas this council serves through Open311"));
    }

    /** Estate Services names its own fields; the client is told the spec's names for them. */
    private static final Map<String, String> SPEC_FIELDS = Map.ofEntries(Map.entry("category", "service_code"),
            Map.entry("title", "description"), Map.entry("description", "description"), Map.entry("reporterName", "first_name"),
            Map.entry("reporterEmail", "email"), Map.entry("reporterPhone", "phone"), Map.entry("addressId", "lat"),
            Map.entry("neighbourhoodId", "lat"), Map.entry("estateId", "lat"), Map.entry("placeDescription", "lat"));

    private static Map<String, String> specFields(Map<String, String> errors) {
        Map<String, String> named = new LinkedHashMap<>();
        errors.forEach((field, message) -> named.merge(SPEC_FIELDS.getOrDefault(field, field), message, (a, b) -> a + " " + b));
        return named;
    }

    /** The reporter's words, CRLF line breaks made plain, with the answers to the service's questions after them. */
    private static String description(String posted, EstateCategory category, Map<String, String> answers) {
        StringBuilder text = new StringBuilder(posted.replace("\r\n", "\n").replace('\r', '\n').strip());
        for (Open311Attribute attribute : attributes(category)) {
            String answer = answers.get(attribute.code());
            if (!blank(answer)) {
                text.append("\n\n").append(attribute.description()).append(": ").append(answer.strip());
            }
        }
        return text.toString();
    }

    /** The first line of the description (FixMyStreet's "title: ..." line without its label), as the issue's title. */
    private static String title(String description) {
        String first = description.lines().filter(l -> !l.isBlank()).findFirst().orElse("").strip();
        if (first.regionMatches(true, 0, "title:", 0, 6)) {
            first = first.substring(6).strip();
        }
        return first.length() <= 200 ? first : first.substring(0, 199) + "…";
    }

    /** Estate Services adds the estate's name to a described place. */
    private static String placeDescription(Placement placement) {
        return "Reported on a map";
    }

    private static Double coordinate(String raw, String field, double limit, Map<String, String> problems) {
        if (blank(raw)) {
            problems.put(field, field + " is required: this council places reports by their position (lat and long, WGS 84)");
            return null;
        }
        try {
            double value = Double.parseDouble(raw.strip());
            if (Double.isFinite(value) && Math.abs(value) <= limit) {
                return value;
            }
        } catch (NumberFormatException e) {
            // named below
        }
        problems.put(field, field + " must be a decimal number of degrees between -" + (int) limit + " and " + (int) limit);
        return null;
    }

    // --- Reading requests -------------------------------------------------------------

    /**
     * Requests by the spec's filters: listed ids (then nothing else applies), or a service, a status and a range of
     * dates (at most 90 days; the last 90 days when none is given), newest first, 1,000 at most.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ServiceRequestView> requests(String jurisdictionId, String ids, String serviceCode, String startDate,
            String endDate, String status) {
        checkJurisdiction(jurisdictionId);
        if (!blank(ids)) {
            List<UUID> wanted = new ArrayList<>();
            for (String id : ids.split(",")) {
                if (!id.isBlank()) {
                    uuid(id.strip()).ifPresent(wanted::add);
                }
            }
            return wanted.isEmpty() ? List.of() : views(issues.publicIssues(new PublicIssueQuery(List.copyOf(wanted), null, null,
                    null, null, MOST)));
        }
        Map<String, String> problems = new LinkedHashMap<>();
        EstateCategory category = null;
        if (!blank(serviceCode)) {
            category = EstateCategory.fromCode(serviceCode.strip()).orElse(null);
            if (category == null) {
                problems.put("service_code", "service_code " + quoted(serviceCode) + " is not a service of this council");
            }
        }
        Boolean open = null;
        if (!blank(status)) {
            switch (status.strip().toLowerCase(Locale.ROOT)) {
                case "open" -> open = true;
                case "closed" -> open = false;
                default -> problems.put("status", "status must be open or closed");
            }
        }
        Instant[] range = range(startDate, endDate, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return views(issues.publicIssues(new PublicIssueQuery(null, category, range[0], range[1], open, MOST)));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ServiceRequestView request(String id, String jurisdictionId) {
        checkJurisdiction(jurisdictionId);
        return uuid(id).flatMap(issues::publicIssue).map(Open311Requests::view)
                .orElseThrow(() -> new NotFound("service request", id));
    }

    /** The changes to requests in a range of dates (FixMyStreet's extension), for a client with a key; oldest first. */
    @Transactional
    public List<RequestUpdateView> updates(String apiKey, String jurisdictionId, String startDate, String endDate) {
        keys.clientFor(apiKey).orElseThrow(() -> new Forbidden(BAD_KEY));
        checkJurisdiction(jurisdictionId);
        Map<String, String> problems = new LinkedHashMap<>();
        Instant[] range = range(startDate, endDate, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return issues.publicUpdates(range[0], range[1], MOST).stream().map(Open311Requests::update).toList();
    }

    private Instant[] range(String startDate, String endDate, Map<String, String> problems) {
        Instant end = blank(endDate) ? null : instant(endDate, "end_date", false, problems);
        Instant start = blank(startDate) ? null : instant(startDate, "start_date", true, problems);
        if (!problems.isEmpty()) {
            return new Instant[2];
        }
        if (end == null) {
            end = start == null ? clock.instant() : start.plus(LONGEST_SPAN).isAfter(clock.instant()) ? clock.instant() : start.plus(LONGEST_SPAN);
        }
        if (start == null) {
            start = end.minus(LONGEST_SPAN);
        }
        if (start.isAfter(end)) {
            problems.put("start_date", "start_date must not be after end_date");
        } else if (Duration.between(start, end).compareTo(LONGEST_SPAN) > 0) {
            problems.put("end_date", "start_date and end_date may not span more than 90 days");
        }
        return new Instant[] {start, end};
    }

    /** A W3C date-time with an offset or Z, as the spec asks; a plain date means the start (or end) of that day in the UK. */
    private static Instant instant(String raw, String field, boolean start, Map<String, String> problems) {
        // A "+" a client forgot to encode arrives as a space.
        String text = raw.strip().replace(' ', '+');
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            try {
                LocalDate day = LocalDate.parse(text);
                return start ? day.atStartOfDay(Today.LONDON).toInstant() : day.plusDays(1).atStartOfDay(Today.LONDON).toInstant();
            } catch (DateTimeParseException again) {
                problems.put(field, field + " must be a W3C date and time with an offset, like 2026-12-01T10:15:00+00:00");
                return null;
            }
        }
    }

    private List<ServiceRequestView> views(List<PublicIssue> found) {
        return found.stream().map(Open311Requests::view).toList();
    }

    private static ServiceRequestView view(PublicIssue issue) {
        Instant expected = issue.targetDate() == null ? null
                : issue.targetDate().atTime(LocalTime.of(17, 0)).atZone(Today.LONDON).toInstant();
        String notice = issue.targetDate() == null || !issue.status().open() ? null
                : "Due to be dealt with by " + issue.targetDate().format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK));
        return new ServiceRequestView(issue.id(), issue.status().open() ? "open" : "closed", issue.publicNote(),
                issue.category().label(), issue.category().code(), issue.publicDescription(), issue.serviceName(), notice,
                issue.reportedAt(), issue.updatedAt(), expected, issue.placeDescription(), issue.latitude(), issue.longitude());
    }

    private static RequestUpdateView update(PublicIssueUpdate update) {
        String note = blank(update.publicNote()) ? defaultNote(update.status()) : update.publicNote();
        return new RequestUpdateView(update.updateId(), update.issueId(), updateStatus(update.status()), update.at(), note);
    }

    /** The status words FixMyStreet's client maps to its own states; "closed" would show as fixed there, so not fixed is said plainly. */
    static String updateStatus(IssueStatus status) {
        return switch (status) {
            case REPORTED, REOPENED -> "open";
            case IN_PROGRESS -> "in_progress";
            case FIXED -> "fixed";
            case CLOSED_NOT_FIXED -> "no_further_action";
        };
    }

    private static String defaultNote(IssueStatus status) {
        return switch (status) {
            case REPORTED -> "Reported.";
            case IN_PROGRESS -> "Work has started.";
            case FIXED -> "Fixed.";
            case CLOSED_NOT_FIXED -> "Closed without fixing.";
            case REOPENED -> "Reopened.";
        };
    }

    // --- Shared checks ----------------------------------------------------------------

    void checkJurisdiction(String jurisdictionId) {
        settings.jurisdictionId().filter(expected -> !expected.equals(jurisdictionId == null ? null : jurisdictionId.strip()))
                .ifPresent(expected -> {
                    throw new InvalidInput("jurisdiction_id", blank(jurisdictionId) ? "jurisdiction_id is required: this endpoint serves "
                            + expected : "jurisdiction_id " + quoted(jurisdictionId) + " is not served here: this endpoint serves " + expected);
                });
    }

    private static Optional<UUID> uuid(String raw) {
        try {
            return Optional.of(UUID.fromString(raw.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String join(String first, String last) {
        String name = ((first == null ? "" : first.strip()) + " " + (last == null ? "" : last.strip())).strip();
        return name.isEmpty() ? null : name;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String blankToNull(String s) {
        return blank(s) ? null : s.strip();
    }

    /** A value quoted back in an error, cut short so a client's mistake cannot fill the answer. */
    private static String quoted(String value) {
        String v = value.strip();
        return "'" + (v.length() > 40 ? v.substring(0, 40) + "…" : v) + "'";
    }
}
