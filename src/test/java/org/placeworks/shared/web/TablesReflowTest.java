package org.placeworks.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * WCAG 1.4.10 (reflow): at 320 px a table wider than the screen must scroll inside its own region, not push
 * the whole page sideways. The browser journeys measure the pages they reach; this reads every template, so a
 * table on a page no journey opens is held to the same rule: each sits in a named, focusable scroll region.
 */
class TablesReflowTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern TABLE = Pattern.compile("<table class=\"govuk-table");
    /** The region's opening tag, with nothing but white space between it and the table. */
    private static final Pattern REGION = Pattern.compile(
            "<div class=\"pw-table-scroll\" tabindex=\"0\" role=\"region\" aria-label(ledby)?=\"[^\"]+\">\\s*$");

    @Test
    void everyTableScrollsInsideItsOwnNamedRegion() throws IOException {
        List<String> bare = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                String page = Files.readString(file);
                Matcher table = TABLE.matcher(page);
                while (table.find()) {
                    if (!REGION.matcher(page.substring(0, table.start())).find()) {
                        bare.add(TEMPLATES.relativize(file) + " at character " + table.start());
                    }
                }
            }
        }
        assertThat(bare).as("tables not inside a pw-table-scroll region").isEmpty();
    }
}
