package org.placeworks.document.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;
import org.hibernate.Session;

/**
 * Documents in PostgreSQL, in chunks of at most {@link #CHUNK} bytes: an upload is written a chunk at a
 * time on the connection of the upload's own transaction (so the document and its bytes are saved together
 * or not at all), and a download reads one chunk at a time, each in a short query of its own, while the
 * response is written.
 */
@ApplicationScoped
public class DatabaseDocumentStore implements DocumentStore {

    static final int CHUNK = 1024 * 1024;

    @Inject
    EntityManager entityManager;

    @Inject
    DataSource dataSource;

    @Override
    public StoredIn where() {
        return StoredIn.DATABASE;
    }

    /** Runs in the caller's transaction, after the document's row is written. */
    @Override
    public long put(UUID documentId, InputStream content) {
        long[] stored = {0};
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into document_chunk (document_id, position, bytes) values (?, ?, ?)")) {
                int position = 0;
                byte[] chunk;
                while ((chunk = content.readNBytes(CHUNK)).length > 0) {
                    insert.setObject(1, documentId);
                    insert.setInt(2, position++);
                    insert.setBytes(3, chunk);
                    insert.executeUpdate();
                    stored[0] += chunk.length;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return stored[0];
    }

    @Override
    public InputStream open(UUID documentId) {
        return new ChunkStream(documentId);
    }

    @Override
    public void delete(UUID documentId) {
        // The chunks were written in the upload's transaction: a rollback already removed them.
    }

    private byte[] chunk(UUID documentId, int position) throws IOException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "select bytes from document_chunk where document_id = ? and position = ?")) {
            select.setObject(1, documentId);
            select.setInt(2, position);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getBytes(1) : null;
            }
        } catch (SQLException e) {
            throw new IOException("Could not read part " + position + " of document " + documentId, e);
        }
    }

    /** The document's chunks in order, each fetched when the one before has been read. */
    private final class ChunkStream extends InputStream {

        private final UUID documentId;
        private int next;
        private byte[] current = new byte[0];
        private int offset;
        private boolean ended;

        ChunkStream(UUID documentId) {
            this.documentId = documentId;
        }

        private boolean fill() throws IOException {
            while (!ended && offset >= current.length) {
                byte[] chunk = chunk(documentId, next++);
                if (chunk == null) {
                    ended = true;
                } else {
                    current = chunk;
                    offset = 0;
                }
            }
            return !ended || offset < current.length;
        }

        @Override
        public int read() throws IOException {
            return fill() ? current[offset++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] into, int from, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            if (!fill()) {
                return -1;
            }
            int n = Math.min(length, current.length - offset);
            System.arraycopy(current, offset, into, from, n);
            offset += n;
            return n;
        }
    }
}
