package org.placeworks.document;

import java.io.InputStream;

/** A document to download: its details and its bytes, as a stream the caller must close. */
public record DocumentContent(DocumentView document, InputStream stream) {
}
