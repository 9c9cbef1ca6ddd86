package org.placeworks.estate.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/** What a photo is, read from its first bytes: JPEG, PNG, WebP or HEIC; anything else is not accepted. */
public final class PhotoType {

    /** 10 MB, the most a photo may be. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final Set<String> HEIC_BRANDS = Set.of("heic", "heix", "hevc", "hevx", "heim", "heis", "mif1", "msf1");

    private PhotoType() {
    }

    /** The content type of the photo, or empty when its content is none of the accepted images. */
    public static Optional<String> of(byte[] b) {
        if (b == null) {
            return Optional.empty();
        }
        if (b.length >= 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
            return Optional.of("image/jpeg");
        }
        if (b.length >= PNG.length && Arrays.equals(Arrays.copyOf(b, PNG.length), PNG)) {
            return Optional.of("image/png");
        }
        if (b.length >= 12 && ascii(b, 0, 4).equals("RIFF") && ascii(b, 8, 4).equals("WEBP")) {
            return Optional.of("image/webp");
        }
        if (b.length >= 12 && ascii(b, 4, 4).equals("ftyp") && HEIC_BRANDS.contains(ascii(b, 8, 4))) {
            return Optional.of("image/heic");
        }
        return Optional.empty();
    }

    private static String ascii(byte[] b, int from, int length) {
        return new String(b, from, length, StandardCharsets.ISO_8859_1);
    }
}
