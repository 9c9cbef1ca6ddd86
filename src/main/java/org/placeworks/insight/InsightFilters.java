package org.placeworks.insight;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.placeworks.organisation.ServiceView;
import org.placeworks.organisation.StaffDirectory;
import org.placeworks.organisation.StaffName;
import org.placeworks.organisation.Strand;
import org.placeworks.shared.InvalidInput;
import org.placeworks.shared.Today;
import org.placeworks.shared.web.FormErrors;
import org.placeworks.shared.web.Option;

/**
 * Reads the insight filter from query parameters, the same for pages, exports and the API, and offers
 * its choices. A service or worker outside the manager's ground is refused as a choice not on the list.
 */
@RequestScoped
public class InsightFilters {

    /** How far back a period may reach: five years of monthly figures. */
    static final int MOST_MONTHS = 60;

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    @Inject
    Today today;

    @Inject
    InsightScope scope;

    @Inject
    StaffDirectory staff;

    private List<StaffName> workers;

    public InsightFilter parse(String from, String to, String strand, String service, String worker) {
        Map<String, String> problems = new LinkedHashMap<>();
        YearMonth now = today.month();
        YearMonth end = month(to, "to", now, problems);
        YearMonth start = month(from, "from", end == null ? now.minusMonths(11) : end.minusMonths(11), problems);
        if (end != null && end.isAfter(now)) {
            problems.put("to", "The end of the period must be this month or earlier");
        }
        if (start != null && end != null && start.isAfter(end)) {
            problems.put("from", "The start of the period must be the same as or before its end");
        } else if (start != null && end != null && start.plusMonths(MOST_MONTHS).isBefore(end.plusMonths(1))) {
            problems.put("from", "Choose a period of at most " + MOST_MONTHS + " months");
        }
        Strand chosenStrand = strand(strand, problems);
        UUID chosenService = choice(service, "service", scope.services().stream().map(ServiceView::id).toList(), problems,
                "Choose a service from the list");
        // The staff are read only to check a worker asked for: a page with none chosen does not list them (see view).
        UUID chosenWorker = worker == null || worker.isBlank() ? null : choice(worker, "worker",
                workerChoices().stream().map(StaffName::id).toList(), problems, "Choose a worker from the list");
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new InsightFilter(start, end, chosenStrand, chosenService, chosenWorker);
    }

    public InsightFilter defaults() {
        return InsightFilter.twelveMonthsTo(today.month());
    }

    /** For a page: the filter asked for, or the default one with the problems to show above it. */
    public InsightFilterView forPage(String from, String to, String strand, String service, String worker) {
        try {
            return view(parse(from, to, strand, service, worker), FormErrors.none());
        } catch (InvalidInput invalid) {
            return view(defaults(), FormErrors.of(invalid));
        }
    }

    public InsightFilterView view(InsightFilter filter) {
        return view(filter, FormErrors.none());
    }

    private InsightFilterView view(InsightFilter filter, FormErrors errors) {
        List<Option> months = new ArrayList<>();
        for (YearMonth m = today.month(); !m.isBefore(today.month().minusMonths(MOST_MONTHS - 1)); m = m.minusMonths(1)) {
            months.add(new Option(m.toString(), MONTH.format(m)));
        }
        List<Option> strands = new ArrayList<>();
        strands.add(new Option("", "All strands"));
        for (Strand s : Strand.values()) {
            strands.add(new Option(s.name(), s.label()));
        }
        List<Option> services = new ArrayList<>();
        services.add(new Option("", "All services"));
        scope.services().forEach(s -> services.add(new Option(s.id().toString(), s.name())));
        // Only the worker chosen, never every worker: the list grows with the workforce, so it has a page of its own
        // (/insight/workers) and the filter costs the same however many staff there are.
        Option worker = filter.worker() == null ? null : workerChoices().stream().filter(w -> w.id().equals(filter.worker()))
                .findFirst().map(w -> new Option(w.id().toString(), w.name())).orElse(null);
        return new InsightFilterView(filter, months, strands, services, worker, errors);
    }

    /** Staff of the services in the manager's ground who deliver Early Intervention: whose caseload can be chosen. */
    public List<StaffName> workerChoices() {
        if (workers == null) {
            // One statement for the staff of every such service, however many the manager's ground holds.
            workers = staff.activeMembersOf(scope.services().stream()
                    .filter(s -> s.strands().contains(Strand.EARLY_INTERVENTION)).map(ServiceView::id).toList());
        }
        return workers;
    }

    private static YearMonth month(String text, String field, YearMonth fallback, Map<String, String> problems) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            problems.put(field, "Give the month as year and month, like 2026-04");
            return null;
        }
    }

    private static Strand strand(String text, Map<String, String> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Strand.valueOf(text.strip());
        } catch (IllegalArgumentException e) {
            problems.put("strand", "Choose a strand from the list");
            return null;
        }
    }

    private static UUID choice(String text, String field, List<UUID> allowed, Map<String, String> problems, String message) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            UUID id = UUID.fromString(text.strip());
            if (allowed.contains(id)) {
                return id;
            }
        } catch (IllegalArgumentException e) {
            // falls through to the same message: an id that is not on the list
        }
        problems.put(field, message);
        return null;
    }
}
