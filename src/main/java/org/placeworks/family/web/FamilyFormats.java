package org.placeworks.family.web;

import io.quarkus.qute.TemplateExtension;
import org.placeworks.family.NhsNumber;

/** How family pages show numbers: {@code {fam:nhs(p.nhsNumber)}}. Dates are shown by {@code when:} for every page. */
@TemplateExtension(namespace = "fam")
public class FamilyFormats {

    static String nhs(String digits) {
        return digits == null ? "" : NhsNumber.formatted(digits);
    }

    static String percent(Double similarity) {
        return similarity == null ? "" : Math.round(similarity * 100) + "%";
    }
}
