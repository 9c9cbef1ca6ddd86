package org.placeworks.subjectaccess;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Everything held about a person, as compiled for their request: sections of items, each item a list of labelled
 * values. A value that named someone else is held redacted ({@code value}) with what it said before
 * ({@code original}, only for the officer's review; never handed over unless the officer releases the item in full).
 * The JSON answer and the PDF are both made from {@link #disclosed}, the one model the person receives.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SubjectExport(String subjectName, LocalDate dateOfBirth, Instant compiledAt, List<Section> sections) {

    public record Section(String key, String title, String about, List<Item> items) {
    }

    /** {@code key} is unique within the export: the officer's decisions are kept against it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(String key, String heading, List<Field> fields) {

        public boolean redacted() {
            return fields.stream().anyMatch(Field::redacted);
        }
    }

    /** {@code original} is null when nothing in the value was redacted. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Field(String label, String value, String original) {

        public static Field of(String label, Object value) {
            return new Field(label, value == null ? "" : String.valueOf(value), null);
        }

        public boolean redacted() {
            return original != null;
        }
    }

    /** What one item holds once reviewed. */
    public record Review(ItemDecision decision, String reason) {
    }

    public int itemCount() {
        return sections.stream().mapToInt(s -> s.items().size()).sum();
    }

    /**
     * The export as the person receives it: each item as compiled (redacted), released in full, or withheld with the
     * exemption named; never an original the officer did not release.
     */
    public Disclosure disclosed(Map<String, Review> reviews, Instant releasedAt) {
        List<Disclosure.Section> out = sections.stream().map(s -> new Disclosure.Section(s.title(), s.about(), s.items().stream()
                .map(i -> disclosed(i, reviews.get(i.key()))).toList())).toList();
        return new Disclosure(subjectName, dateOfBirth, compiledAt, releasedAt, out);
    }

    private static Disclosure.Item disclosed(Item item, Review review) {
        if (review != null && review.decision() == ItemDecision.WITHHOLD) {
            return new Disclosure.Item(item.heading(), List.of(), "Withheld: " + review.reason());
        }
        boolean inFull = review != null && review.decision() == ItemDecision.RELEASE_UNREDACTED;
        List<Disclosure.Field> fields = item.fields().stream().map(f -> new Disclosure.Field(f.label(),
                inFull && f.redacted() ? f.original() : f.value())).toList();
        String note = inFull && item.redacted() ? "Released without redaction: " + review.reason()
                : item.redacted() ? "Information about other people has been replaced by \"" + Redaction.THIRD_PARTY + "\"" : null;
        return new Disclosure.Item(item.heading(), fields, note);
    }

    /** What is handed over: the JSON body and the PDF's content. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Disclosure(String subjectName, LocalDate dateOfBirth, Instant compiledAt, Instant releasedAt,
            List<Section> sections) {

        public record Section(String title, String about, List<Item> items) {
        }

        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Item(String heading, List<Field> fields, String note) {
        }

        public record Field(String label, String value) {
        }
    }
}
