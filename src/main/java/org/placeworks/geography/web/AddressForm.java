package org.placeworks.geography.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;
import org.placeworks.geography.AddressCommand;
import org.placeworks.geography.AddressView;
import org.placeworks.shared.InvalidInput;

/** The address form as posted. */
public class AddressForm {

    @RestForm
    public String uprn;
    @RestForm
    public String line1;
    @RestForm
    public String line2;
    @RestForm
    public String town;
    @RestForm
    public String postcode;
    @RestForm
    public String neighbourhoodId;
    @RestForm
    public String estateId;
    @RestForm
    public String version;

    public static AddressForm blank() {
        return new AddressForm();
    }

    public static AddressForm of(AddressView a) {
        AddressForm form = new AddressForm();
        form.uprn = String.valueOf(a.uprn());
        form.line1 = a.line1();
        form.line2 = a.line2();
        form.town = a.town();
        form.postcode = a.postcode();
        form.neighbourhoodId = a.neighbourhoodId().toString();
        form.estateId = a.estateId() == null ? null : a.estateId().toString();
        form.version = String.valueOf(a.version());
        return form;
    }

    public AddressCommand command() {
        Map<String, String> problems = new LinkedHashMap<>();
        UUID neighbourhood = FormValues.id(neighbourhoodId, "neighbourhoodId", "Select the neighbourhood the address is in", problems);
        UUID estate = FormValues.id(estateId, "estateId", "Select an estate, or none", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new AddressCommand(uprn, line1, line2, town, postcode, neighbourhood, estate, FormValues.version(version));
    }
}
