package org.placeworks.document.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;

/** Where the bytes of documents are kept. Both ways copy a stream in and hand one out: no file is held whole in memory. */
public interface DocumentStore {

    StoredIn where();

    /** Copies the content in under the document's id, and answers how many bytes were stored. */
    long put(UUID documentId, InputStream content) throws IOException;

    /** The document's bytes, read as the caller reads them; the caller closes the stream. */
    InputStream open(UUID documentId) throws IOException;

    /** Removes the bytes, if any (an upload whose transaction failed). */
    void delete(UUID documentId) throws IOException;
}
