package org.placeworks.geography;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.placeworks.geography.internal.CsvTable;
import org.placeworks.shared.InvalidInput;

/** Reading an import file into rows that know their line, and refusing files that are not what they claim. */
class CsvImportParsingTest {

    private static final List<String> REQUIRED = List.of("uprn", "line1");
    private static final List<String> OPTIONAL = List.of("line2");

    @Test
    void rowsKnowTheirLineCountingTheHeaderAsLineOneAndSkippingBlankLines() {
        List<CsvTable.Row> rows = CsvTable.parse("uprn,line1\r\n1,High Street\r\n\r\n2,\"Mill\nLane\"\n3,Bell Yard\n", REQUIRED, OPTIONAL);
        assertEquals(List.of(2, 4, 6), rows.stream().map(CsvTable.Row::line).toList());
        assertEquals("Mill\nLane", rows.get(1).get("line1"));
    }

    @Test
    void columnsMayComeInAnyOrderAndInAnyCaseAndBlankCellsAreAbsent() {
        CsvTable.Row row = CsvTable.parse("\uFEFFLine1, UPRN ,line2\nHigh Street,7,\n", REQUIRED, OPTIONAL).get(0);
        assertEquals("7", row.get("uprn"));
        assertEquals("High Street", row.get("line1"));
        assertEquals(null, row.get("line2"));
    }

    @Test
    void anEmptyFileIsRefused() {
        assertTrue(refusal("").contains("empty"));
        assertTrue(refusal("\n\n").contains("empty"));
        assertTrue(refusal("uprn,line1\n").contains("no rows"));
    }

    @Test
    void aWrongHeaderNamesWhatIsMissingAndWhatIsUnknown() {
        String message = refusal("uprn,street\n1,High Street\n");
        assertTrue(message.contains("no line1"), message);
        assertTrue(message.contains("unknown columns street"), message);
    }

    @Test
    void jsonOrBinaryIsNotCsv() {
        assertTrue(refusal("{\"type\": \"FeatureCollection\"}").contains("header"));
        assertTrue(refusal("PK\u0003\u0004\u0000\u0000").contains("not a CSV"));
    }

    @Test
    void aRowWithMoreValuesThanColumnsIsFlagged() {
        CsvTable.Row row = CsvTable.parse("uprn,line1\n1,High Street,extra\n", REQUIRED, OPTIONAL).get(0);
        assertTrue(row.get("").contains("3 values"));
    }

    @Test
    void anUnclosedQuoteIsExplainedWithoutTheParsersOwnWords() {
        String message = refusal("uprn,line1\n1,\"High Street\n2,Mill Lane\n");
        assertTrue(message.contains("not valid CSV"), message);
        assertTrue(message.contains("never closed"), message);
        assertTrue(!message.contains("Exception") && !message.contains("java."), message);
    }

    private static String refusal(String text) {
        InvalidInput e = assertThrows(InvalidInput.class, () -> CsvTable.parse(text, REQUIRED, OPTIONAL));
        return e.errors().get("file");
    }
}
