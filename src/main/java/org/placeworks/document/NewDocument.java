package org.placeworks.document;

import java.nio.file.Path;

/**
 * A document being added: its title and kind as typed, and the uploaded file as the web layer received it
 * (a temporary file, never read whole into memory). {@code file} is null when no file was chosen.
 *
 * @param fileName the name the uploader's computer gave the file: shown, never trusted
 */
public record NewDocument(String title, DocumentKind kind, String fileName, Path file) {
}
