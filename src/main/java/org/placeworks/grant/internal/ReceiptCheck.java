package org.placeworks.grant.internal;

import java.util.Arrays;
import org.placeworks.grant.Receipt;
import org.placeworks.shared.InvalidInput;

/**
 * Receipts are PDF, JPEG or PNG up to 5 MB. The type is read from the file's first bytes, not
 * from its name or what the browser said, so a renamed file of another kind is refused.
 */
public final class ReceiptCheck {

    public static final int MAX_BYTES = 5 * 1024 * 1024;

    private ReceiptCheck() {
    }

    public static Receipt check(String name, byte[] content) {
        if (content == null || content.length == 0) {
            throw new InvalidInput("receipt", "Select the receipt (a PDF, JPEG or PNG file)");
        }
        if (content.length > MAX_BYTES) {
            throw new InvalidInput("receipt", "The receipt must be smaller than 5 MB");
        }
        String type = typeOf(content);
        if (type == null) {
            throw new InvalidInput("receipt", "The receipt must be a PDF, JPEG or PNG");
        }
        String safeName = name == null || name.isBlank() ? "receipt" : name.replaceAll("[^A-Za-z0-9._ -]", "_");
        return new Receipt(safeName, type, content);
    }

    static String typeOf(byte[] c) {
        if (startsWith(c, new byte[] {'%', 'P', 'D', 'F', '-'})) {
            return "application/pdf";
        }
        if (startsWith(c, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'})) {
            return "image/png";
        }
        if (startsWith(c, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return "image/jpeg";
        }
        return null;
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }
}
