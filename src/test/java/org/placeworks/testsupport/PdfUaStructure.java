package org.placeworks.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;

/**
 * The structure PDF/UA-1 asks of a tagged PDF, checked with PDFBox (veraPDF is not on the build): a structure tree,
 * MarkInfo /Marked true, a title in the document information and shown as the window title, the natural language,
 * the PDF/UA identification in the XMP metadata, every page's text and images inside marked content (tagged, or
 * marked as artifacts), at least one heading, table header cells where there are tables, and alternative text on
 * every figure. {@link #problems} lists what is missing; an empty list passes.
 */
public final class PdfUaStructure {

    /** Operators that paint text or an image or form: each must sit inside a marked-content sequence. */
    private static final Set<String> PAINTING = Set.of("Tj", "TJ", "'", "\"", "Do", "BI");

    private PdfUaStructure() {
    }

    public static List<String> problems(byte[] pdf) {
        List<String> problems = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDDocumentCatalog catalog = document.getDocumentCatalog();
            if (catalog.getStructureTreeRoot() == null) {
                problems.add("no structure tree (StructTreeRoot)");
            }
            if (catalog.getMarkInfo() == null || !catalog.getMarkInfo().isMarked()) {
                problems.add("MarkInfo /Marked is not true");
            }
            String title = document.getDocumentInformation().getTitle();
            if (title == null || title.isBlank()) {
                problems.add("no document title");
            }
            if (catalog.getViewerPreferences() == null || !catalog.getViewerPreferences().displayDocTitle()) {
                problems.add("the title is not shown (ViewerPreferences /DisplayDocTitle)");
            }
            if (catalog.getLanguage() == null || catalog.getLanguage().isBlank()) {
                problems.add("no natural language (/Lang)");
            }
            String xmp = catalog.getMetadata() == null ? ""
                    : new String(catalog.getMetadata().toByteArray(), StandardCharsets.UTF_8);
            if (!xmp.contains("pdfuaid:part")) {
                problems.add("no PDF/UA identification (pdfuaid:part) in the XMP metadata");
            }
            int number = 0;
            for (PDPage page : document.getPages()) {
                number++;
                int untagged = untaggedPainting(page);
                if (untagged > 0) {
                    problems.add("page " + number + ": " + untagged + " text or image operators outside marked content");
                }
            }
            if (catalog.getStructureTreeRoot() != null) {
                List<PDStructureElement> elements = new ArrayList<>();
                collect(catalog.getStructureTreeRoot(), elements);
                if (elements.stream().noneMatch(e -> e.getStructureType() != null && e.getStructureType().matches("H[1-6]?"))) {
                    problems.add("no heading in the structure tree");
                }
                boolean tables = elements.stream().anyMatch(e -> "Table".equals(e.getStructureType()));
                if (tables && elements.stream().noneMatch(e -> "TH".equals(e.getStructureType()))) {
                    problems.add("tables without header cells (TH)");
                }
                elements.stream().filter(e -> "Figure".equals(e.getStructureType()))
                        .filter(e -> e.getAlternateDescription() == null || e.getAlternateDescription().isBlank())
                        .forEach(e -> problems.add("a figure without alternative text"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return problems;
    }

    private static int untaggedPainting(PDPage page) throws IOException {
        int depth = 0;
        int untagged = 0;
        for (Object token : new PDFStreamParser(page).parse()) {
            if (token instanceof Operator op) {
                switch (op.getName()) {
                    case "BMC", "BDC" -> depth++;
                    case "EMC" -> depth = Math.max(0, depth - 1);
                    default -> {
                        if (depth == 0 && PAINTING.contains(op.getName())) {
                            untagged++;
                        }
                    }
                }
            }
        }
        return untagged;
    }

    private static void collect(PDStructureNode node, List<PDStructureElement> into) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                into.add(element);
                collect(element, into);
            }
        }
    }
}
