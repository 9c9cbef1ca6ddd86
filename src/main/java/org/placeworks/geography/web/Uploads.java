package org.placeworks.geography.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.placeworks.shared.InvalidInput;

/** The text of an uploaded file; bytes that are not UTF-8 become U+FFFD, which the importers refuse. */
final class Uploads {

    private Uploads() {
    }

    static String text(FileUpload upload, String field, String what) {
        if (upload == null || upload.uploadedFile() == null || (upload.size() == 0 && (upload.fileName() == null || upload.fileName().isBlank()))) {
            throw new InvalidInput(field, "Select " + what);
        }
        try {
            return new String(Files.readAllBytes(upload.uploadedFile()), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
