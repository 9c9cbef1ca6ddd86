package org.placeworks.organisation.web;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.placeworks.geography.AreaView;
import org.placeworks.identity.Roles;
import org.placeworks.organisation.AgencyKind;
import org.placeworks.organisation.AgencyView;
import org.placeworks.organisation.ServiceView;
import org.placeworks.organisation.Strand;
import org.placeworks.shared.web.Option;

/** The choices the organisation forms offer, labelled as staff talk about them. */
final class Choices {

    private Choices() {
    }

    /** Areas from the widest to the narrowest, each labelled with its kind ("Ward: Southbank"). */
    static List<Option> areas(List<AreaView> areas) {
        return areas.stream().sorted(Comparator.comparing(AreaView::kind).thenComparing(AreaView::name))
                .map(a -> new Option(a.id().toString(), label(a))).toList();
    }

    static String label(AreaView area) {
        return area.kind().label() + ": " + area.name();
    }

    static List<Option> agencies(List<AgencyView> agencies) {
        return agencies.stream().map(a -> new Option(a.id().toString(), a.name())).toList();
    }

    static List<Option> agencyKinds() {
        return Arrays.stream(AgencyKind.values()).map(k -> new Option(k.name(), k.label())).toList();
    }

    static List<Option> strands() {
        return Arrays.stream(Strand.values()).map(s -> new Option(s.name(), s.label())).toList();
    }

    static List<Option> services(List<ServiceView> services) {
        return services.stream().map(s -> new Option(s.id().toString(), s.name())).toList();
    }

    static List<Option> roles() {
        return Roles.ALL.stream().map(r -> new Option(r, Roles.label(r))).toList();
    }
}
