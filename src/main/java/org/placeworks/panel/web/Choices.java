package org.placeworks.panel.web;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.placeworks.geography.AreaView;
import org.placeworks.organisation.AgencyView;
import org.placeworks.organisation.StaffName;
import org.placeworks.panel.AttendanceStatus;
import org.placeworks.panel.DecisionCode;
import org.placeworks.panel.ItemKind;
import org.placeworks.shared.web.Option;

/** The choices panel forms offer. */
final class Choices {

    private Choices() {
    }

    static List<Option> kinds() {
        return Arrays.stream(ItemKind.values()).map(k -> new Option(k.name(), k.label())).toList();
    }

    static List<Option> decisions() {
        return Arrays.stream(DecisionCode.values()).map(k -> new Option(k.name(), k.label())).toList();
    }

    /** The reasons a closure decided at panel may give: those a worker chooses on the closure form. */
    static List<Option> closureReasons() {
        return Arrays.stream(org.placeworks.caf.ClosureReason.values()).filter(org.placeworks.caf.ClosureReason::chosenAtClosure)
                .map(r -> new Option(r.name(), r.label())).toList();
    }

    static List<Option> outcomes() {
        return Arrays.stream(org.placeworks.caf.NeedOutcome.values()).map(o -> new Option(o.name(), o.label())).toList();
    }

    static List<Option> attendance() {
        return Arrays.stream(AttendanceStatus.values()).map(k -> new Option(k.name(), k.label())).toList();
    }

    static List<Option> weeks() {
        return List.of(new Option("1", "First"), new Option("2", "Second"), new Option("3", "Third"),
                new Option("4", "Fourth"), new Option("-1", "Last"));
    }

    static List<Option> days() {
        return Arrays.stream(DayOfWeek.values()).limit(5)
                .map(d -> new Option(d.name(), d.getDisplayName(TextStyle.FULL, Locale.UK))).toList();
    }

    static List<Option> staff(List<StaffName> names) {
        return names.stream().map(s -> new Option(s.id().toString(),
                s.name() + (s.agencyName() == null ? "" : " (" + s.agencyName() + ")"))).toList();
    }

    /** Whoever may declare an interest at the panel's meetings: its chair, deputy chair, members and their deputies. */
    static List<Option> atTheTable(org.placeworks.panel.PanelView panel) {
        java.util.Map<java.util.UUID, Option> people = new java.util.LinkedHashMap<>();
        java.util.function.BiConsumer<StaffName, String> add = (s, role) -> {
            if (s != null) {
                people.putIfAbsent(s.id(), new Option(s.id().toString(), s.name() + ", " + role));
            }
        };
        add.accept(panel.chair(), "chair");
        add.accept(panel.deputyChair(), "deputy chair");
        panel.members().forEach(m -> {
            add.accept(m.member(), m.agencyName());
            add.accept(m.deputy(), "deputy for " + m.agencyName());
        });
        return List.copyOf(people.values());
    }

    static List<Option> yesNo(String yes, String no) {
        return List.of(new Option("yes", yes), new Option("no", no));
    }

    static List<Option> agencies(List<AgencyView> agencies) {
        return agencies.stream().map(a -> new Option(a.id().toString(), a.name())).toList();
    }

    static List<Option> localities(List<AreaView> areas) {
        return areas.stream().map(a -> new Option(a.id().toString(), a.name())).toList();
    }
}
