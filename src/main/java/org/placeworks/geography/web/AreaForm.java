package org.placeworks.geography.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;
import org.placeworks.geography.AreaCommand;
import org.placeworks.geography.AreaKind;
import org.placeworks.geography.AreaView;
import org.placeworks.shared.InvalidInput;

/** The area form as posted: text, so that a mistyped number comes back as a field error, not a 400. */
public class AreaForm {

    @RestForm
    public String kind;
    @RestForm
    public String code;
    @RestForm
    public String vintage;
    @RestForm
    public String name;
    @RestForm
    public String parentId;
    @RestForm
    public String deprivationDecile;
    @RestForm
    public String residentPopulation;
    @RestForm
    public String childPopulation;
    @RestForm
    public String version;

    public static AreaForm blank() {
        AreaForm form = new AreaForm();
        form.vintage = String.valueOf(java.time.Year.now().getValue());
        return form;
    }

    public static AreaForm of(AreaView area) {
        AreaForm form = new AreaForm();
        form.kind = area.kind().name();
        form.code = area.code();
        form.vintage = String.valueOf(area.vintage());
        form.name = area.name();
        form.parentId = area.parentId() == null ? null : area.parentId().toString();
        form.deprivationDecile = text(area.deprivationDecile());
        form.residentPopulation = text(area.residentPopulation());
        form.childPopulation = text(area.childPopulation());
        form.version = String.valueOf(area.version());
        return form;
    }

    /** The command this form stands for; a field that is not even the right type is refused here. */
    public AreaCommand command() {
        Map<String, String> problems = new LinkedHashMap<>();
        AreaKind k = null;
        if (kind != null && !kind.isBlank()) {
            try {
                k = AreaKind.valueOf(kind.strip());
            } catch (IllegalArgumentException e) {
                problems.put("kind", "Select the kind of area");
            }
        }
        Integer v = FormValues.whole(vintage, "vintage", "Vintage", problems);
        UUID parent = FormValues.id(parentId, "parentId", "Select the area this sits in", problems);
        Integer decile = FormValues.whole(deprivationDecile, "deprivationDecile", "Deprivation decile", problems);
        Integer residents = FormValues.whole(residentPopulation, "residentPopulation", "Resident population", problems);
        Integer children = FormValues.whole(childPopulation, "childPopulation", "Child population", problems);
        Long ver = FormValues.version(version);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new AreaCommand(k, code, v, name, parent, decile, residents, children, ver);
    }

    private static String text(Integer value) {
        return value == null ? null : String.valueOf(value);
    }
}
