package org.placeworks.document.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Chooses where new documents go: the directory {@code placeworks.documents.directory} when it is set,
 * otherwise PostgreSQL. A document is always read from where it was stored, so changing the setting
 * leaves earlier documents readable.
 */
@ApplicationScoped
public class DocumentStores {

    private static final Logger LOG = Logger.getLogger(DocumentStores.class);

    @ConfigProperty(name = "placeworks.documents.directory")
    Optional<String> directory;

    @Inject
    DatabaseDocumentStore database;

    @Inject
    TransactionSynchronizationRegistry transactions;

    /** Where a new document's bytes go. */
    public StoredIn forNew() {
        return directory.isPresent() ? StoredIn.DIRECTORY : StoredIn.DATABASE;
    }

    /** Copies a new document's bytes in, within the caller's transaction; a file copied to the directory goes if it rolls back. */
    public void put(UUID documentId, StoredIn where, InputStream content, long expectedSize) throws IOException {
        DocumentStore store = of(where);
        if (store.where() == StoredIn.DIRECTORY) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status != Status.STATUS_COMMITTED) {
                        try {
                            store.delete(documentId);
                        } catch (IOException e) {
                            LOG.warnf(e, "Could not remove the file of document %s, whose upload did not complete", documentId);
                        }
                    }
                }
            });
        }
        long stored = store.put(documentId, content);
        if (stored != expectedSize) {
            throw new IOException("Stored " + stored + " bytes of document " + documentId + ", expected " + expectedSize);
        }
    }

    /**
     * Removes a disposed document's file once the disposal has committed: a file removed before a rollback could not
     * be put back, and one left after a commit would be a copy the disposal missed. Bytes held in PostgreSQL go with
     * the document's row.
     */
    public void removeAfterCommit(UUID documentId, StoredIn where) {
        if (where != StoredIn.DIRECTORY) {
            return;
        }
        DocumentStore store = of(where);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    try {
                        store.delete(documentId);
                    } catch (IOException e) {
                        LOG.errorf(e, "Could not remove the file of disposed document %s: remove it by hand", documentId);
                    }
                }
            }
        });
    }

    public InputStream open(UUID documentId, StoredIn where) throws IOException {
        return of(where).open(documentId);
    }

    private DocumentStore of(StoredIn where) {
        if (where == StoredIn.DATABASE) {
            return database;
        }
        return new DirectoryDocumentStore(Path.of(directory.orElseThrow(() -> new IllegalStateException(
                "A document is stored in a directory, but placeworks.documents.directory is not set"))));
    }
}
