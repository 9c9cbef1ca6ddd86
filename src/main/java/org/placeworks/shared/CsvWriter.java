package org.placeworks.shared;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Every CSV file Placeworks writes. Cells are quoted as RFC 4180 asks, and text that a spreadsheet
 * would run as a formula (starting with =, +, -, @, a tab or a carriage return, as in
 * {@code =HYPERLINK(...)}) gets a leading apostrophe, so it is shown as typed and never run
 * (OWASP's advice on CSV injection). Plain numbers, negative ones included, are left as numbers.
 */
public final class CsvWriter {

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private CsvWriter() {
    }

    public static String write(List<String> header, List<? extends List<?>> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            printer.printRecord(header.stream().map(CsvWriter::cell).toList());
            for (List<?> row : rows) {
                printer.printRecord(row.stream().map(CsvWriter::cell).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The text of one cell, made safe to open in a spreadsheet. */
    public static String cell(Object value) {
        String text = value == null ? "" : value.toString();
        if (text.isEmpty() || NUMBER.matcher(text).matches()) {
            return text;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }
}
