package org.placeworks.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small files of each type, made in the test, and the refused kinds (a program, a web page, an empty file). */
public final class SampleFiles {

    private SampleFiles() {
    }

    public static byte[] pdf(String text) {
        return ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% " + text + "\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** A PDF of exactly {@code size} bytes. */
    public static byte[] pdfOfSize(int size) {
        byte[] head = pdf("padded");
        byte[] file = Arrays.copyOf(head, size);
        Arrays.fill(file, head.length, size, (byte) ' ');
        return file;
    }

    public static byte[] png() {
        return new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    }

    public static byte[] jpeg() {
        return new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0};
    }

    public static byte[] docx() {
        return zip(false, "[Content_Types].xml", "<Types/>", "word/document.xml", "<w:document/>");
    }

    public static byte[] odt() {
        return zip(true, "mimetype", "application/vnd.oasis.opendocument.text", "content.xml", "<office:document-content/>");
    }

    /** An OpenDocument spreadsheet: a zip of the right shape, but not a text document. */
    public static byte[] ods() {
        return zip(true, "mimetype", "application/vnd.oasis.opendocument.spreadsheet", "content.xml", "<x/>");
    }

    /** A zip that is neither: just files. */
    public static byte[] plainZip() {
        return zip(false, "readme.txt", "hello");
    }

    /** A Word 97-2003 file as far as the check reads: the container's signature and a WordDocument stream named far in. */
    public static byte[] doc() {
        return ole(true);
    }

    /** The same container holding no Word stream (an Excel 97 workbook, say). */
    public static byte[] xls() {
        return ole(false);
    }

    private static byte[] ole(boolean word) {
        byte[] file = new byte[200_000];
        byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(magic, 0, file, 0, magic.length);
        byte[] stream = (word ? "WordDocument" : "Workbook").getBytes(StandardCharsets.UTF_16LE);
        // Across the edge of the checker's 64 KB blocks, so a match split between two reads is still found.
        System.arraycopy(stream, 0, file, 64 * 1024 - 5, stream.length);
        return file;
    }

    /** A Windows program: refused whatever it is called. */
    public static byte[] exe() {
        return "MZ\u0090\u0000This program cannot be run in DOS mode.".getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A web page: refused even when named .pdf. */
    public static byte[] html() {
        return "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] zip(boolean storedFirst, String... namesAndTexts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < namesAndTexts.length; i += 2) {
                byte[] text = namesAndTexts[i + 1].getBytes(StandardCharsets.UTF_8);
                ZipEntry entry = new ZipEntry(namesAndTexts[i]);
                if (storedFirst && i == 0) {
                    // As OpenDocument requires: the mimetype entry first and not compressed.
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(text.length);
                    CRC32 crc = new CRC32();
                    crc.update(text);
                    entry.setCrc(crc.getValue());
                }
                zip.putNextEntry(entry);
                zip.write(text);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
