package org.placeworks.document.internal;

/** Where a document's bytes are kept. */
public enum StoredIn {
    /** In PostgreSQL, in chunks (the default). */
    DATABASE,
    /** In the directory {@code placeworks.documents.directory} names. */
    DIRECTORY
}
