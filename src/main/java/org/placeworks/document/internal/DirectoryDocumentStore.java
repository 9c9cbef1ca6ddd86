package org.placeworks.document.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

/**
 * Documents as files in one directory, named by the document's id. A file is copied in under a temporary
 * name and moved into place whole, so a reader never meets half a file.
 */
public class DirectoryDocumentStore implements DocumentStore {

    private final Path directory;

    public DirectoryDocumentStore(Path directory) {
        this.directory = directory;
    }

    @Override
    public StoredIn where() {
        return StoredIn.DIRECTORY;
    }

    @Override
    public long put(UUID documentId, InputStream content) throws IOException {
        Files.createDirectories(directory);
        Path part = directory.resolve(documentId + ".part");
        long stored = Files.copy(content, part, StandardCopyOption.REPLACE_EXISTING);
        Files.move(part, file(documentId), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return stored;
    }

    @Override
    public InputStream open(UUID documentId) throws IOException {
        try {
            return Files.newInputStream(file(documentId));
        } catch (NoSuchFileException e) {
            throw new IOException("The file of document " + documentId + " is missing from " + directory, e);
        }
    }

    @Override
    public void delete(UUID documentId) throws IOException {
        Files.deleteIfExists(file(documentId));
        Files.deleteIfExists(directory.resolve(documentId + ".part"));
    }

    private Path file(UUID documentId) {
        return directory.resolve(documentId.toString());
    }
}
