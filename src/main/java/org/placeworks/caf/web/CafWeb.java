package org.placeworks.caf.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.placeworks.caf.ActionStatus;
import org.placeworks.caf.CaseView;
import org.placeworks.caf.ClosureReason;
import org.placeworks.caf.HeadlineOutcome;
import org.placeworks.caf.NeedOutcome;
import org.placeworks.caf.Progress;
import org.placeworks.identity.Roles;
import org.placeworks.organisation.AgencyView;
import org.placeworks.organisation.ServiceView;
import org.placeworks.organisation.StaffName;
import org.placeworks.shared.web.Option;

/** What the early help pages share: the roles that may open them, responses, and the choices forms offer. */
final class CafWeb {

    /** Everyone who works on early help cases; what each may see and change is decided case by case. */
    static final String[] CASEWORK = {Roles.FRONTLINE, Roles.LEAD_PROFESSIONAL, Roles.PANEL_CHAIR, Roles.PANEL_MEMBER,
        Roles.MANAGER};

    private CafWeb() {
    }

    /**
     * Errors the services report for a list ("needs[1].headline" for the second row they were
     * given) named after the form's rows, since blank rows are left out before the list is sent.
     */
    static Map<String, String> rows(Map<String, String> errors, String list, List<Integer> rows) {
        Pattern key = Pattern.compile(Pattern.quote(list) + "\\[(\\d+)]\\.(\\w+)");
        Map<String, String> named = new LinkedHashMap<>();
        errors.forEach((field, message) -> {
            Matcher m = key.matcher(field);
            if (m.matches()) {
                int index = Integer.parseInt(m.group(1));
                field = list + "[" + (index < rows.size() ? rows.get(index) : index) + "]." + m.group(2);
            }
            named.putIfAbsent(field, message);
        });
        return named;
    }

    static List<Option> staff(List<StaffName> staff) {
        return staff.stream().map(s -> new Option(s.id().toString(), s.agencyName() == null ? s.name()
                : s.name() + " (" + s.agencyName() + ")")).toList();
    }

    static List<Option> agencies(List<AgencyView> agencies) {
        return agencies.stream().map(a -> new Option(a.id().toString(), a.name())).toList();
    }

    static List<Option> services(List<ServiceView> services) {
        return services.stream().map(s -> new Option(s.id().toString(), s.name())).toList();
    }

    static List<Option> needs(CaseView c) {
        return c.needs().stream().map(n -> new Option(n.id().toString(), n.description())).toList();
    }

    /** The case's children, for saying which one a need is about: offered only where there are several. */
    static List<Option> children(CaseView c) {
        return c.children().size() < 2 ? List.of()
                : c.children().stream().map(p -> new Option(p.id().toString(), p.fullName())).toList();
    }

    /** A chosen id, or a problem on {@code field} when what was posted is not one. */
    static java.util.UUID uuid(org.placeworks.shared.web.Form form, String field, String raw) {
        try {
            return java.util.UUID.fromString(raw.strip());
        } catch (IllegalArgumentException e) {
            form.problem(field, "Select from the list");
            return null;
        }
    }

    static List<Option> headlines() {
        return Arrays.stream(HeadlineOutcome.values()).map(h -> new Option(h.name(), h.label())).toList();
    }

    static List<Option> scores() {
        return IntStream.rangeClosed(1, 10).mapToObj(i -> new Option(String.valueOf(i), i == 1 ? "1 (severe concern)"
                : i == 10 ? "10 (no concern)" : String.valueOf(i))).toList();
    }

    static List<Option> progress() {
        return Arrays.stream(Progress.values()).map(p -> new Option(p.name(), p.label())).toList();
    }

    static List<Option> outcomes() {
        return Arrays.stream(NeedOutcome.values()).map(o -> new Option(o.name(), o.label())).toList();
    }

    static List<Option> actionStatuses() {
        return Arrays.stream(ActionStatus.values()).map(s -> new Option(s.name(), s.label())).toList();
    }

    static List<Option> closureReasons() {
        return Arrays.stream(ClosureReason.values()).filter(ClosureReason::chosenAtClosure)
                .map(r -> new Option(r.name(), r.label())).toList();
    }

    static List<Option> yesNo() {
        return List.of(new Option("yes", "Yes"), new Option("no", "No"));
    }
}
