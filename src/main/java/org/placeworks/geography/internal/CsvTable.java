package org.placeworks.geography.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.placeworks.shared.InvalidInput;

/**
 * A CSV file with a header line, read into rows that know their line in the file (the header is
 * line 1), so that a person can find each bad row. Refuses, as a whole, a file that is empty, is
 * not text, or whose header lacks a required column or has one it does not know.
 */
public final class CsvTable {

    /** One data row: its line in the file and its values by column name (blank cells are absent). */
    public record Row(int line, Map<String, String> values) {
        public String get(String column) {
            return values.get(column);
        }
    }

    private CsvTable() {
    }

    public static List<Row> parse(String text, List<String> required, List<String> optional) {
        String example = String.join(",", required);
        if (text == null || text.isBlank()) {
            throw new InvalidInput("file", "The file is empty: it needs a header line (" + example + ") and at least one row");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.indexOf('\u0000') >= 0 || text.indexOf('\uFFFD') >= 0) {
            throw new InvalidInput("file", "The file is not a CSV text file: save it as CSV (UTF-8) and try again");
        }
        if (text.strip().startsWith("{") || text.strip().startsWith("[")) {
            throw new InvalidInput("file", "The file looks like JSON, not CSV: the first line must be the header " + example);
        }
        int[] lineStarts = lineStarts(text);
        List<CSVRecord> records;
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).setTrim(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            records = parser.getRecords();
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            // The parser's message is for developers (class names, character offsets): say what to check instead.
            throw new InvalidInput("file", "The file is not valid CSV: check for a quote (\") that is opened but never closed");
        }
        if (records.isEmpty()) {
            throw new InvalidInput("file", "The file is empty: it needs a header line (" + example + ") and at least one row");
        }
        List<String> header = records.get(0).toList().stream().map(h -> h.strip().toLowerCase(Locale.UK)).toList();
        Set<String> known = new LinkedHashSet<>(required);
        known.addAll(optional);
        List<String> missing = required.stream().filter(c -> !header.contains(c)).toList();
        List<String> unknown = header.stream().filter(c -> !known.contains(c)).toList();
        if (!missing.isEmpty() || !unknown.isEmpty() || header.size() != new LinkedHashSet<>(header).size()) {
            throw new InvalidInput("file", "The first line must be the header " + example
                    + (optional.isEmpty() ? "" : " (optionally also " + String.join(",", optional) + ")")
                    + describe(missing, unknown));
        }
        if (records.size() == 1) {
            throw new InvalidInput("file", "The file has a header but no rows to import");
        }
        List<Row> rows = new ArrayList<>();
        for (CSVRecord record : records.subList(1, records.size())) {
            Map<String, String> values = new HashMap<>();
            for (int i = 0; i < Math.min(header.size(), record.size()); i++) {
                String value = record.get(i).strip();
                if (!value.isEmpty()) {
                    values.put(header.get(i), value);
                }
            }
            if (values.isEmpty()) {
                continue;
            }
            int line = lineOf(lineStarts, firstCharacter(text, record.getCharacterPosition()));
            if (record.size() > header.size()) {
                values.put("", "The row has " + record.size() + " values but the header has " + header.size() + " columns");
            }
            rows.add(new Row(line, values));
        }
        return rows;
    }

    private static String describe(List<String> missing, List<String> unknown) {
        StringBuilder text = new StringBuilder();
        if (!missing.isEmpty()) {
            text.append(": it has no ").append(String.join(", ", missing)).append(" column");
        }
        if (!unknown.isEmpty()) {
            text.append(missing.isEmpty() ? ": " : ", and ").append("it has unknown columns ")
                    .append(String.join(", ", unknown.stream().map(u -> u.length() > 40 ? u.substring(0, 40) + "…" : u).toList()));
        }
        if (missing.isEmpty() && unknown.isEmpty()) {
            text.append(": a column is named twice");
        }
        return text.toString();
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The parser may report a record as starting on the blank lines it skipped before it. */
    private static long firstCharacter(String text, long position) {
        int at = (int) position;
        while (at < text.length() && (text.charAt(at) == '\n' || text.charAt(at) == '\r')) {
            at++;
        }
        return at;
    }

    /** The 1-based line on which the character at {@code position} sits. */
    private static int lineOf(int[] lineStarts, long position) {
        int index = Arrays.binarySearch(lineStarts, (int) position);
        return (index >= 0 ? index : -index - 2) + 1;
    }
}
