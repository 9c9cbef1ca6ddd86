package org.placeworks.insight.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.placeworks.insight.Figure;
import org.placeworks.insight.InsightTable;
import org.placeworks.shared.CsvWriter;

/**
 * An insight table as CSV, written straight to the response as it goes. Suppressed figures are written
 * as their words ("fewer than 5", "withheld"), never their value; text a spreadsheet would run as a
 * formula is neutralised by the shared CSV rule. The method and suppression rule follow the rows.
 */
public final class TableCsv {

    private TableCsv() {
    }

    public static void write(InsightTable table, String period, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT);
        List<String> header = new ArrayList<>();
        header.add(table.labelHeading());
        table.columns().forEach(c -> header.add(c.heading()));
        printer.printRecord(header.stream().map(CsvWriter::cell).toList());
        for (InsightTable.Row row : table.rows()) {
            List<String> cells = new ArrayList<>();
            cells.add(CsvWriter.cell(row.label()));
            for (Figure f : row.figures()) {
                cells.add(CsvWriter.cell(cell(f)));
            }
            printer.printRecord(cells);
        }
        printer.println();
        printer.printRecord(CsvWriter.cell("Period"), CsvWriter.cell(period));
        printer.printRecord(CsvWriter.cell("Method"), CsvWriter.cell(table.method()));
        printer.printRecord(CsvWriter.cell("Suppression"), CsvWriter.cell(table.suppression()));
        for (String note : table.notes()) {
            printer.printRecord(CsvWriter.cell("Note"), CsvWriter.cell(note));
        }
        printer.flush();
    }

    /** A shown figure as a plain number a spreadsheet can sum (pounds for money); a hidden one as its words. */
    static String cell(Figure f) {
        if (!f.shown()) {
            return f.state().text();
        }
        double n = f.number();
        return n == Math.rint(n) && Math.abs(n) < 1e15 ? String.valueOf((long) n) : String.valueOf(Math.round(n * 100) / 100.0);
    }
}
