package org.placeworks.geography.web;

import org.placeworks.geography.AreaCommand;
import org.placeworks.geography.AreaKind;
import org.placeworks.geography.AreaView;
import org.placeworks.shared.web.Form;

/** The fields of the area form: filled from an area, and read into a command. */
final class AreaFields {

    private AreaFields() {
    }

    static Form of(AreaView area) {
        return Form.empty().with("kind", area.kind()).with("code", area.code()).with("vintage", area.vintage())
                .with("name", area.name()).with("parentId", area.parentId())
                .with("deprivationDecile", area.deprivationDecile()).with("residentPopulation", area.residentPopulation())
                .with("childPopulation", area.childPopulation()).with("version", area.version());
    }

    /** The command the form stands for; a field that is not even the right type is refused here. */
    static AreaCommand command(Form f) {
        AreaCommand command = new AreaCommand(f.choice(AreaKind.class, "kind", "Select the kind of area"),
                f.text("code", "ONS code"), f.whole("vintage", "Vintage"), f.text("name", "Name"),
                f.uuid("parentId", "Select the area this sits in"), f.whole("deprivationDecile", "Deprivation decile"),
                f.whole("residentPopulation", "Resident population"), f.whole("childPopulation", "Child population"),
                f.version());
        f.check();
        return command;
    }
}
