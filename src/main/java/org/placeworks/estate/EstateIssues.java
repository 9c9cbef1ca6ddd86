package org.placeworks.estate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.placeworks.audit.AuditAction;
import org.placeworks.audit.AuditTrail;
import org.placeworks.estate.internal.CategorySettingRepository;
import org.placeworks.estate.internal.CategorySettingRow;
import org.placeworks.estate.internal.EstateIssue;
import org.placeworks.estate.internal.EstateIssueEvent;
import org.placeworks.estate.internal.EstateIssueRepository;
import org.placeworks.estate.internal.IssueRouting;
import org.placeworks.geography.AddressView;
import org.placeworks.geography.AreaView;
import org.placeworks.geography.Places;
import org.placeworks.identity.CurrentStaff;
import org.placeworks.organisation.RowScope;
import org.placeworks.organisation.ServiceView;
import org.placeworks.organisation.Services;
import org.placeworks.shared.BankHolidays;
import org.placeworks.shared.InvalidInput;
import org.placeworks.shared.Text;
import org.placeworks.shared.Today;

/**
 * Issues on the estate: reported by staff or through Open311, routed to the service that owns them
 * (see {@link IssueRouting}), with a target date in working days by category; and what of them the
 * public may see.
 */
@ApplicationScoped
public class EstateIssues {

    public static final String KIND = "estate-issue";
    static final int DESCRIPTION_LIMIT = 5_000;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    @Inject
    EstateIssueRepository issues;

    @Inject
    CategorySettingRepository settings;

    @Inject
    IssueRouting routing;

    @Inject
    Services services;

    @Inject
    Places places;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentStaff current;

    @Inject
    Today today;

    @Inject
    BankHolidays calendar;

    @Inject
    RowScope rows;

    /**
     * Reports an issue: checks it (every problem named by its field), routes it to its owning service,
     * sets its target date, saves and audits it. Nobody need be signed in (an Open311 client is not);
     * then the channel is recorded as who reported it.
     */
    @Transactional
    public EstateIssueView report(NewEstateIssue issue) {
        if (issue == null) {
            throw new InvalidInput("description", "Describe the issue");
        }
        Map<String, String> problems = problems(issue);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        CategorySettingRow setting = settings.of(issue.category());
        IssueRouting.Route route = routing.route(issue.category(), issue.location(), setting.responsibleServiceId());
        Instant now = today.instant();
        String by = actor(issue.channel());
        AddressView place = route.place();
        EstateIssue.Place where = new EstateIssue.Place(place.id(), place.hasUprn() ? null : place.line1(), route.publicPlace(),
                place.neighbourhoodId(), place.estateId(), issue.location().latitude(), issue.location().longitude());
        EstateIssue saved = new EstateIssue(issues.nextReference(), issue.category(), blankToNull(issue.title()),
                issue.description().strip(), where, cleaned(issue.reporter()), issue.channel(), blankToNull(issue.channelReference()),
                route.owner().id(), now, by, workingDaysAfter(today.date(), setting.targetWorkingDays()));
        issues.persist(saved);
        issues.persistEvent(new EstateIssueEvent(saved.id(), now, by, EstateIssueEvent.Kind.REPORTED, null, IssueStatus.REPORTED,
                null, "Reported through " + issue.channel().label().toLowerCase() + " as " + issue.category().label().toLowerCase()
                        + "; sent to " + route.owner().name() + ".", null));
        if (route.why() != null) {
            issues.persistEvent(new EstateIssueEvent(saved.id(), now, by, EstateIssueEvent.Kind.ROUTED, null, null, route.why(), null, null));
        }
        audit.recordAs(by, AuditAction.CREATE, KIND, saved.id(), "Issue " + saved.reference() + " reported ("
                + issue.category().label() + "), owned by " + route.owner().name());
        return view(saved, place, route.owner().name());
    }

    /** Every category with its responsible service and target, in the order of {@link EstateCategory}. */
    @Transactional
    public List<CategorySetting> categories() {
        Map<UUID, String> names = services.services().stream().collect(Collectors.toMap(ServiceView::id, ServiceView::name));
        return settings.all().stream().map(r -> new CategorySetting(r.category(), r.category().label(), r.responsibleServiceId(),
                r.responsibleServiceId() == null ? null : names.get(r.responsibleServiceId()), r.targetWorkingDays())).toList();
    }

    /**
     * Changes a category's responsible service (null: whichever Estate Services service covers the place;
     * otherwise one that delivers Estate Services) and target, refusing a stale edit.
     */
    @Transactional
    public CategorySetting changeCategory(EstateCategory category, UUID responsibleServiceId, int targetWorkingDays, Long version) {
        if (category == null) {
            throw new InvalidInput("category", "Select a category");
        }
        CategorySettingRow row = settings.of(category);
        org.placeworks.shared.StaleEdit.check("category setting", version, row.version());
        if (responsibleServiceId != null && services.findService(responsibleServiceId)
                .filter(s -> s.strands().contains(org.placeworks.organisation.Strand.ESTATE_SERVICES)).isEmpty()) {
            throw new InvalidInput("responsibleServiceId", "Select a service that delivers Estate Services");
        }
        row.change(responsibleServiceId, targetWorkingDays);
        settings.flush();
        audit.record(AuditAction.UPDATE, "estate-category", category.code(), category.label() + ": responsible service "
                + (responsibleServiceId == null ? "none" : responsibleServiceId) + ", target " + targetWorkingDays + " working days");
        return categories().stream().filter(c -> c.category() == category).findFirst().orElseThrow();
    }

    /** The version of a category's setting, for the form that changes it (read fresh, never from the request's cache). */
    @Transactional
    public long categoryVersion(EstateCategory category) {
        return settings.of(category).version();
    }

    /*
     * The public reads below look past the database's wall (V46), which holds an issue's rows to its estate staff
     * because they carry the reporter's contact details: what they return (PublicIssue, PublicIssueUpdate) holds no
     * reporter, so anyone may have it.
     */

    /** One issue as the public may see it. */
    @Transactional
    public Optional<PublicIssue> publicIssue(UUID id) {
        if (id == null) {
            return Optional.empty();
        }
        return rows.acrossBoundaries(() -> issues.findByIdOptional(id).map(i -> publicViews(List.of(i)).get(0)));
    }

    /** Issues as the public may see them, newest first. */
    @Transactional
    public List<PublicIssue> publicIssues(PublicIssueQuery q) {
        return rows.acrossBoundaries(() -> publicViews(issues.publicSearch(q)));
    }

    /** Each status change after the report, and each note written for the public, oldest first. */
    @Transactional
    public List<PublicIssueUpdate> publicUpdates(Instant from, Instant to, int limit) {
        return rows.acrossBoundaries(() -> {
            List<EstateIssueEvent> events = issues.publicEvents(from, to, limit);
            Set<UUID> ids = events.stream().map(EstateIssueEvent::issueId).collect(Collectors.toSet());
            Map<UUID, IssueStatus> statusNow = ids.isEmpty() ? Map.of() : issues.byIds(ids).stream()
                    .collect(Collectors.toMap(EstateIssue::id, EstateIssue::status));
            return events.stream().map(e -> new PublicIssueUpdate(e.id(), e.issueId(),
                    e.toStatus() != null ? e.toStatus() : statusNow.get(e.issueId()), e.publicNote(), e.at())).toList();
        });
    }

    // --- Rules -----------------------------------------------------------------------

    private static Map<String, String> problems(NewEstateIssue issue) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (issue.category() == null) {
            problems.put("category", "Select the kind of issue");
        }
        if (issue.location() == null) {
            problems.put("addressId", "Choose an address or describe the place");
        }
        Text.problem("Title", issue.title(), Text.SHORT).ifPresent(p -> problems.put("title", p));
        if (issue.description() == null || issue.description().isBlank()) {
            problems.put("description", "Describe the issue");
        } else {
            Text.problem("Description", issue.description().strip(), DESCRIPTION_LIMIT).ifPresent(p -> problems.put("description", p));
        }
        ReporterContact who = issue.reporter() == null ? ReporterContact.NONE : issue.reporter();
        Text.problem("Reporter's name", who.name(), Text.SHORT).ifPresent(p -> problems.put("reporterName", p));
        if (who.email() != null && !who.email().isBlank()
                && (!EMAIL.matcher(who.email().strip()).matches() || who.email().strip().length() > Text.SHORT)) {
            problems.put("reporterEmail", "Enter an email address in the correct format, like name@example.com");
        }
        if (who.phone() != null && !who.phone().isBlank() && !who.phone().strip().matches("[0-9+() -]{6,30}")) {
            problems.put("reporterPhone", "Enter a telephone number, like 01632 960 001");
        }
        if (issue.channel() == null) {
            problems.put("channel", "Say how the issue was reported");
        }
        Text.problem("Reference", issue.channelReference(), Text.SHORT).ifPresent(p -> problems.put("channelReference", p));
        return problems;
    }

    private String actor(IssueChannel channel) {
        return current.signedIn() ? current.username() : channel.name().toLowerCase();
    }

    /** The day {@code days} working days after {@code from}. */
    LocalDate workingDaysAfter(LocalDate from, int days) {
        LocalDate d = from;
        for (int counted = 0; counted < days;) {
            d = d.plusDays(1);
            if (calendar.isWorkingDay(d)) {
                counted++;
            }
        }
        return d;
    }

    private static ReporterContact cleaned(ReporterContact who) {
        if (who == null) {
            return ReporterContact.NONE;
        }
        return new ReporterContact(blankToNull(who.name()), blankToNull(who.email()), blankToNull(who.phone()));
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    // --- Views -----------------------------------------------------------------------

    EstateIssueView view(EstateIssue i, AddressView place, String serviceName) {
        return new EstateIssueView(i.id(), i.reference(), i.category(), i.status(), i.title(), i.description(), i.addressId(),
                place.oneLine(), i.placeDescription(), i.neighbourhoodId(), areaName(place.neighbourhoodName(), i.neighbourhoodId()),
                i.estateId(), areaName(place.estateName(), i.estateId()), i.latitude(), i.longitude(), i.reporter(), i.channel(),
                i.channelReference(), i.owningServiceId(), serviceName, i.reportedAt(), i.reportedBy(), i.updatedAt(),
                i.targetDate(), i.closeReason(), i.overdue(today.date()), i.version());
    }

    private String areaName(String known, UUID id) {
        if (known != null || id == null) {
            return known;
        }
        return places.findArea(id).map(AreaView::name).orElse(null);
    }

    private List<PublicIssue> publicViews(List<EstateIssue> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        Map<UUID, String> names = services.services().stream().collect(Collectors.toMap(ServiceView::id, ServiceView::name));
        Map<UUID, String> notes = issues.latestPublicNotes(list.stream().map(EstateIssue::id).toList());
        return list.stream().map(i -> new PublicIssue(i.id(), i.reference(), i.category(), i.status(), i.description(),
                notes.get(i.id()), i.latitude(), i.longitude(), i.publicPlace(), names.get(i.owningServiceId()), i.reportedAt(),
                i.updatedAt(), i.targetDate())).toList();
    }
}
