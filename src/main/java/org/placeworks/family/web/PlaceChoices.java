package org.placeworks.family.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.placeworks.family.PlaceKind;
import org.placeworks.geography.AreaKind;
import org.placeworks.geography.AreaView;
import org.placeworks.geography.Places;
import org.placeworks.shared.web.Option;

/** The choices of where a family lives, shared by the register and move forms. */
@ApplicationScoped
public class PlaceChoices {

    @Inject
    Places places;

    /** How the family lives there. */
    List<Option> kinds() {
        return Arrays.stream(PlaceKind.values()).map(k -> new Option(k.name(), switch (k) {
            case HOME -> "A home address (found by postcode or street)";
            case TEMPORARY -> "Temporary accommodation";
            case NO_FIXED_ABODE -> "No fixed abode";
        })).toList();
    }

    /** Every neighbourhood, named with its ward, in that order. */
    List<Option> neighbourhoods() {
        Map<UUID, String> wards = places.areasOfKind(AreaKind.WARD).stream().collect(Collectors.toMap(AreaView::id, AreaView::name));
        Function<AreaView, String> label = n -> n.name() + (wards.containsKey(n.parentId()) ? " (" + wards.get(n.parentId()) + " ward)" : "");
        return places.areasOfKind(AreaKind.NEIGHBOURHOOD).stream().sorted(Comparator.comparing(label))
                .map(n -> new Option(n.id().toString(), label.apply(n))).toList();
    }
}
