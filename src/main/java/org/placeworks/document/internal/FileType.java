package org.placeworks.document.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The types of file accepted, each recognised by its content alone: the first bytes (PDF, PNG, JPEG, the
 * Word 97-2003 container) and, for the zip-based formats, what the zip holds (a Word document has
 * {@code [Content_Types].xml} and {@code word/document.xml}; an OpenDocument text starts with a
 * {@code mimetype} entry that says so). A name or a declared type is never believed: an HTML page or a
 * program renamed to .pdf is refused.
 */
public enum FileType {
    PDF("application/pdf", "pdf", "PDF"),
    PNG("image/png", "png", "PNG image"),
    JPEG("image/jpeg", "jpg", "JPEG image"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx", "Word document"),
    DOC("application/msword", "doc", "Word 97-2003 document"),
    ODT("application/vnd.oasis.opendocument.text", "odt", "OpenDocument text");

    /** What the upload form and refusals tell people is accepted. */
    public static final String ACCEPTED = "a PDF, a PNG or JPEG image, a Word document (.docx or .doc) or an OpenDocument text (.odt)";

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] OLE_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 0x03, 0x04};
    /** The stream every Word 97-2003 file holds, as its name is written in the container's directory. */
    private static final byte[] WORD_STREAM = "WordDocument".getBytes(StandardCharsets.UTF_16LE);
    private static final String ODT_MIMETYPE = "application/vnd.oasis.opendocument.text";

    private final String contentType;
    private final String extension;
    private final String label;

    FileType(String contentType, String extension, String label) {
        this.contentType = contentType;
        this.extension = extension;
        this.label = label;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    public String label() {
        return label;
    }

    public static FileType forContentType(String contentType) {
        return Arrays.stream(values()).filter(t -> t.contentType.equals(contentType)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No accepted type " + contentType));
    }

    /** The type of the file by its content, or empty if it is none of the accepted ones. */
    public static Optional<FileType> of(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(8);
        }
        if (startsWith(head, PDF_MAGIC)) {
            return Optional.of(PDF);
        }
        if (startsWith(head, PNG_MAGIC)) {
            return Optional.of(PNG);
        }
        if (startsWith(head, JPEG_MAGIC)) {
            return Optional.of(JPEG);
        }
        if (startsWith(head, OLE_MAGIC)) {
            // The same container holds Excel and Outlook files: only one with a WordDocument stream is a Word file.
            return contains(file, WORD_STREAM) ? Optional.of(DOC) : Optional.empty();
        }
        if (startsWith(head, ZIP_MAGIC)) {
            return zipped(file);
        }
        return Optional.empty();
    }

    private static Optional<FileType> zipped(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry mimetype = zip.getEntry("mimetype");
            if (mimetype != null) {
                try (InputStream in = zip.getInputStream(mimetype)) {
                    String declared = new String(in.readNBytes(100), StandardCharsets.US_ASCII).strip();
                    return declared.equals(ODT_MIMETYPE) ? Optional.of(ODT) : Optional.empty();
                }
            }
            if (zip.getEntry("[Content_Types].xml") != null && zip.getEntry("word/document.xml") != null) {
                return Optional.of(DOCX);
            }
            return Optional.empty();
        } catch (java.util.zip.ZipException e) {
            return Optional.empty(); // not a readable zip: not a document we accept
        }
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        return head.length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
    }

    /** Whether the file holds these bytes anywhere, read a block at a time. */
    private static boolean contains(Path file, byte[] wanted) throws IOException {
        byte[] block = new byte[64 * 1024 + wanted.length];
        int kept = 0;
        try (InputStream in = Files.newInputStream(file)) {
            int read;
            while ((read = in.read(block, kept, block.length - kept)) > 0) {
                int filled = kept + read;
                for (int i = 0; i + wanted.length <= filled; i++) {
                    if (Arrays.equals(block, i, i + wanted.length, wanted, 0, wanted.length)) {
                        return true;
                    }
                }
                kept = Math.min(wanted.length - 1, filled);
                System.arraycopy(block, filled - kept, block, 0, kept);
            }
        }
        return false;
    }
}
