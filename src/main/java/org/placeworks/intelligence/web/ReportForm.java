package org.placeworks.intelligence.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.placeworks.geography.AreaKind;
import org.placeworks.geography.AreaView;
import org.placeworks.geography.Places;
import org.placeworks.geography.Postcode;
import org.placeworks.intelligence.NewReport;
import org.placeworks.intelligence.PreferredContact;
import org.placeworks.intelligence.ReportCategory;
import org.placeworks.intelligence.ReportLocation;
import org.placeworks.intelligence.ReporterDetails;
import org.placeworks.intelligence.Reports;
import org.placeworks.intelligence.Victim;
import org.placeworks.shared.InvalidInput;
import org.placeworks.shared.Text;
import org.placeworks.shared.web.Form;
import org.placeworks.shared.web.Option;

/**
 * The report form, the same on the public page and the staff page: its choices (areas of the place, the
 * addresses at a postcode the reporter looked up) and how what was posted becomes a {@link NewReport}.
 * Works without JavaScript: the address is found by posting the form with "Find addresses", which shows it
 * again, everything kept, with the addresses to choose from.
 */
@ApplicationScoped
public class ReportForm {

    /** The ways of saying where, as the "where" radios post them. */
    public enum Where {
        AREA, ADDRESS, DESCRIBED
    }

    /** Everything the form offers to choose from. */
    public record Choices(List<Option> categories, List<Option> areas, List<Option> addresses, List<Option> victims,
            List<Option> contacts) {
    }

    @Inject
    Places places;

    @Inject
    Reports reports;

    /** The choices, with the addresses at the postcode the form holds (if any). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Choices choices(Form form) {
        List<Option> areas = new ArrayList<>();
        places.areasOfKind(AreaKind.NEIGHBOURHOOD).stream().sorted(Comparator.comparing(AreaView::name))
                .forEach(a -> areas.add(new Option(a.id().toString(), a.name() + (a.parentName() == null ? "" : " (" + a.parentName() + ")"))));
        places.areasOfKind(AreaKind.ESTATE).stream().sorted(Comparator.comparing(AreaView::name))
                .forEach(a -> areas.add(new Option(a.id().toString(), a.name())));
        List<Option> addresses = Postcode.normalise(form.value("postcode"))
                .map(pc -> places.searchAddresses(pc, 200).stream().filter(a -> pc.equals(a.postcode()))
                        .map(a -> new Option(a.id().toString(), a.oneLine())).toList())
                .orElse(List.of());
        return new Choices(options(ReportCategory.values(), ReportCategory::label), areas, addresses,
                options(Victim.values(), v -> switch (v) {
                    case YES -> "Yes";
                    case NO -> "No";
                    case UNSURE -> "Not sure, or I would rather not say";
                }), options(PreferredContact.values(), PreferredContact::label));
    }

    /** "Find addresses": the problem with the postcode typed, if any, on the postcode field. */
    public Optional<String> postcodeProblem(Form form, Choices choices) {
        if (Postcode.normalise(form.value("postcode")).isEmpty()) {
            return Optional.of("Enter a real postcode, like TB1 4AD");
        }
        if (choices.addresses().isEmpty()) {
            return Optional.of("We could not find any addresses at that postcode. Choose an area, or describe the place instead");
        }
        return Optional.empty();
    }

    /**
     * The report as posted; refuses the whole form (every field's problem at once, nothing saved) when any
     * part of it cannot be read or breaks a rule.
     */
    public NewReport read(Form form) {
        ReportCategory category = form.choice(ReportCategory.class, "category", "Select what the report is about");
        String what = form.longText("whatHappened", "What happened");
        var occurredOn = form.date("occurredOn", "The date it happened");
        var occurredTime = form.time("occurredTime", "The time it happened");
        Where where = form.choice(Where.class, "where", "Select how you will tell us where it happened");
        String description = form.longText("placeDescription", "The description of the place");
        ReportLocation location = null;
        if (where == Where.AREA) {
            location = ReportLocation.area(form.required(form.uuid("areaId", "Select an area from the list"), "areaId",
                    "Select the area where it happened"), description);
        } else if (where == Where.ADDRESS) {
            location = ReportLocation.address(form.required(form.uuid("addressId", "Select an address from the list"), "addressId",
                    "Find the address by its postcode, then select it"), description);
        } else if (where == Where.DESCRIBED) {
            location = ReportLocation.described(form.required(description, "placeDescription", "Describe where it happened"));
        }
        Victim victim = form.choice(Victim.class, "victim", "Select whether this happened to you");
        ReporterDetails reporter = new ReporterDetails(form.text("reporterName", "Your name"),
                form.text("reporterEmail", "Your email address", 254), form.text("reporterPhone", "Your telephone number", 30),
                form.choice(PreferredContact.class, "preferredContact", "Select how we may contact you"));
        NewReport report = new NewReport(category, what, occurredOn, occurredTime, location, victim, reporter.any() ? reporter : null);
        Map<String, String> problems = new LinkedHashMap<>(form.problems());
        reports.problemsWith(report).forEach((field, message) -> {
            if (!problems.containsKey(field) && !(field.equals("where") && where != null)) {
                problems.put(field, message);
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidInput(order(problems));
        }
        return report;
    }

    /** The form's problems in the order of its fields, so the error summary reads top to bottom. */
    private static Map<String, String> order(Map<String, String> problems) {
        List<String> fields = List.of("whatHappened", "category", "occurredOn", "occurredTime", "where", "areaId", "postcode",
                "addressId", "placeDescription", "victim", "reporterName", "reporterEmail", "reporterPhone", "preferredContact", "channel");
        Map<String, String> ordered = new LinkedHashMap<>();
        fields.forEach(f -> {
            if (problems.containsKey(f)) {
                ordered.put(f, problems.get(f));
            }
        });
        problems.forEach(ordered::putIfAbsent);
        return ordered;
    }

    private static <E extends Enum<E>> List<Option> options(E[] values, java.util.function.Function<E, String> label) {
        return Arrays.stream(values).map(v -> new Option(v.name(), label.apply(v))).toList();
    }

    /** The most characters "what happened" may have, for the page's hint. */
    public static int maxLength() {
        return Text.LONG;
    }
}
