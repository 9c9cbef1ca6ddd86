package org.placeworks.insight.internal;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.placeworks.insight.Figure;
import org.placeworks.insight.InsightTable;
import org.placeworks.insight.Unit;

/**
 * An insight table as an Excel workbook (Apache POI's streaming writer, so memory stays flat): shown
 * figures as numbers with a number format, hidden ones as their words. Text cells are stored as text,
 * so a spreadsheet never runs them as formulas. A second sheet states the method and the suppression rule.
 */
public final class TableXlsx {

    private TableXlsx() {
    }

    public static void write(InsightTable table, String period, OutputStream out) throws IOException {
        try (SXSSFWorkbook book = new SXSSFWorkbook(100)) {
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle whole = book.createCellStyle();
            whole.setDataFormat(book.createDataFormat().getFormat("#,##0"));
            CellStyle decimal = book.createCellStyle();
            decimal.setDataFormat(book.createDataFormat().getFormat("#,##0.0"));
            CellStyle money = book.createCellStyle();
            money.setDataFormat(book.createDataFormat().getFormat("\"£\"#,##0.00"));

            Sheet sheet = book.createSheet(sheetName(table.title()));
            Row header = sheet.createRow(0);
            text(header, 0, table.labelHeading(), bold);
            for (int c = 0; c < table.columns().size(); c++) {
                text(header, c + 1, table.columns().get(c).heading(), bold);
            }
            int r = 1;
            for (InsightTable.Row row : table.rows()) {
                Row line = sheet.createRow(r++);
                text(line, 0, row.label(), row.level().emphasised() ? bold : null);
                for (int c = 0; c < row.figures().size(); c++) {
                    Figure f = row.figures().get(c);
                    if (f.shown()) {
                        var cell = line.createCell(c + 1);
                        cell.setCellValue(f.number());
                        cell.setCellStyle(f.unit() == Unit.COUNT ? whole : f.unit() == Unit.PENCE ? money : decimal);
                    } else {
                        text(line, c + 1, f.state().text(), null);
                    }
                }
            }
            Sheet about = book.createSheet("About these figures");
            String[][] lines = {{"Table", table.title()}, {"Period", period}, {"Method", table.method()},
                {"Suppression", table.suppression()}};
            int a = 0;
            for (String[] line : lines) {
                Row row = about.createRow(a++);
                text(row, 0, line[0], bold);
                text(row, 1, line[1], null);
            }
            for (String note : table.notes()) {
                Row row = about.createRow(a++);
                text(row, 0, "Note", bold);
                text(row, 1, note, null);
            }
            book.write(out);
            book.dispose();
        }
    }

    /** A list of text (a return of cases, not figures) as a workbook: a bold header row, then every cell as text. */
    public static void writeText(String title, java.util.List<String> header, java.util.List<? extends java.util.List<String>> rows,
            OutputStream out) throws IOException {
        try (SXSSFWorkbook book = new SXSSFWorkbook(100)) {
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            Sheet sheet = book.createSheet(sheetName(title));
            Row first = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                text(first, c, header.get(c), bold);
            }
            int r = 1;
            for (java.util.List<String> values : rows) {
                Row line = sheet.createRow(r++);
                for (int c = 0; c < values.size(); c++) {
                    text(line, c, values.get(c), null);
                }
            }
            book.write(out);
            book.dispose();
        }
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        var cell = row.createCell(column);
        cell.setCellValue(value == null ? "" : value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    /** Excel allows 31 characters and no []:*?/\ in a sheet name. */
    static String sheetName(String title) {
        String clean = title.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        return clean.length() > 31 ? clean.substring(0, 31) : clean.isEmpty() ? "Figures" : clean;
    }
}
