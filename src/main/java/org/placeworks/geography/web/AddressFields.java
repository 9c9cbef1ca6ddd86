package org.placeworks.geography.web;

import org.placeworks.geography.AddressCommand;
import org.placeworks.geography.AddressView;
import org.placeworks.shared.web.Form;

/** The fields of the address form: filled from an address, and read into a command. */
final class AddressFields {

    private AddressFields() {
    }

    static Form of(AddressView a) {
        return Form.empty().with("uprn", a.uprn()).with("line1", a.line1()).with("line2", a.line2()).with("town", a.town())
                .with("postcode", a.postcode()).with("neighbourhoodId", a.neighbourhoodId()).with("estateId", a.estateId())
                .with("version", a.version());
    }

    static AddressCommand command(Form f) {
        AddressCommand command = new AddressCommand(f.text("uprn", "UPRN"), f.text("line1", "Address line 1"),
                f.text("line2", "Address line 2"), f.text("town", "Town or city"), f.text("postcode", "Postcode"),
                f.uuid("neighbourhoodId", "Select the neighbourhood the address is in"),
                f.uuid("estateId", "Select an estate, or none"), f.version());
        f.check();
        return command;
    }
}
