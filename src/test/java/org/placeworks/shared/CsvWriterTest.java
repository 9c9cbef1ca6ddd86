package org.placeworks.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Text people typed is shown by a spreadsheet as typed, never run as a formula. */
class CsvWriterTest {

    @Test
    void cellsThatASpreadsheetWouldRunGetALeadingApostrophe() {
        for (String formula : List.of("=1+1", "+1+1", "-1+1", "@SUM(A1)", "\t=1", "\r=1", "=HYPERLINK(\"http://x\",\"y\")")) {
            assertThat(CsvWriter.cell(formula)).as(formula).isEqualTo("'" + formula);
        }
    }

    @Test
    void ordinaryTextAndNumbersAreLeftAlone() {
        assertThat(CsvWriter.cell("School shoes")).isEqualTo("School shoes");
        assertThat(CsvWriter.cell("-12.50")).isEqualTo("-12.50");
        assertThat(CsvWriter.cell(null)).isEmpty();
    }

    @Test
    void cellsAreQuotedAsRfc4180Asks() {
        assertThat(CsvWriter.write(List.of("Item", "Supplier"), List.of(List.of("Cot, \"new\"", "=cmd|' /C calc'!A0"))))
                .isEqualTo("Item,Supplier\r\n\"Cot, \"\"new\"\"\",'=cmd|' /C calc'!A0\r\n");
    }
}
