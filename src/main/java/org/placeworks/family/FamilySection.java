package org.placeworks.family;

import java.util.List;

/**
 * A section of the family page that another feature contributes, as the page renders it: a heading,
 * rows of a summary list (each may link to the feature's own page) and links to what the reader may do
 * next. The contributing feature builds every link from its own routes.
 *
 * @param id the section's HTML id, so the page can link to it
 * @param empty what the page says when there are no rows (null for nothing)
 */
public record FamilySection(String id, String heading, List<Row> rows, String empty, List<Link> links) {

    public FamilySection {
        rows = List.copyOf(rows);
        links = List.copyOf(links);
    }

    /** One line of the summary list: a label, which may link somewhere, and its value. */
    public record Row(String label, String href, String value) {
    }

    /** Something the reader may do, as a link. */
    public record Link(String text, String href) {
    }
}
