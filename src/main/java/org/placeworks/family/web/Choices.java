package org.placeworks.family.web;

import java.util.Arrays;
import java.util.List;
import org.placeworks.family.Ethnicity;
import org.placeworks.family.Relationship;
import org.placeworks.family.Sex;
import org.placeworks.shared.web.Option;

/** The fixed choices of the person form. */
public record Choices(List<Option> sexes, List<Option> ethnicities, List<Option> relationships, List<Option> yesNo) {

    static final Choices ALL = new Choices(
            Arrays.stream(Sex.values()).map(s -> new Option(s.name(), s.label())).toList(),
            Arrays.stream(Ethnicity.values()).map(e -> new Option(e.name(), e.label())).toList(),
            Arrays.stream(Relationship.values()).map(r -> new Option(r.name(), r.label())).toList(),
            List.of(new Option("yes", "Yes"), new Option("no", "No")));
}
