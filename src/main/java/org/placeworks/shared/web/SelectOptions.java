package org.placeworks.shared.web;

import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateExtension;
import java.util.List;

/**
 * A select's options, drawn in Java: {@code {options.selecting(value)}}. Drawn by the template, each option cost a loop
 * step, three values looked up and a comparison; the insight pages' filter lists 120 months, and those loops were a
 * quarter of the dashboard's time at the large size (docs/performance.md). Values and labels are escaped as the
 * template escapes them.
 */
@TemplateExtension
public final class SelectOptions {

    private SelectOptions() {
    }

    /** The options, the one whose value equals {@code selected} (if any) marked selected. */
    static RawString selecting(List<Option> options, Object selected) {
        String chosen = selected == null ? null : selected.toString();
        StringBuilder out = new StringBuilder(options.size() * 48);
        for (Option o : options) {
            HtmlText.escapeTo(out.append("<option value=\""), o.value()).append('"');
            if (chosen != null && chosen.equals(o.value())) {
                out.append(" selected");
            }
            HtmlText.escapeTo(out.append('>'), o.label()).append("</option>");
        }
        return new RawString(out.toString());
    }
}
