package org.placeworks.bench.generate;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * One table's rows streamed to PostgreSQL through COPY in its text format: a row is written into a small
 * buffer and sent in 256 KB chunks, so no table is ever held in memory.
 */
final class CopyStream implements AutoCloseable {

    private static final int CHUNK = 256 * 1024;

    private final CopyIn copy;
    private final String table;
    private final byte[] buffer = new byte[CHUNK];
    private final StringBuilder row = new StringBuilder(512);
    private int used;
    private boolean first = true;
    private long rows;

    CopyStream(CopyManager copies, String table, String columns) throws SQLException {
        this.table = table;
        this.copy = copies.copyIn("COPY " + table + " (" + columns + ") FROM STDIN");
    }

    String table() {
        return table;
    }

    long rows() {
        return rows;
    }

    /** Writes one row: each value in column order, null for SQL null. */
    void row(Object... values) throws SQLException {
        row.setLength(0);
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                row.append('\t');
            }
            append(values[i]);
        }
        row.append('\n');
        byte[] bytes = row.toString().getBytes(StandardCharsets.UTF_8);
        if (used + bytes.length > buffer.length) {
            flush();
        }
        if (bytes.length > buffer.length) {
            copy.writeToCopy(bytes, 0, bytes.length);
        } else {
            System.arraycopy(bytes, 0, buffer, used, bytes.length);
            used += bytes.length;
        }
        rows++;
        first = false;
    }

    private void append(Object value) {
        if (value == null) {
            row.append("\\N");
        } else if (value instanceof byte[] bytes) {
            row.append("\\\\x");
            for (byte b : bytes) {
                row.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
            }
        } else if (value instanceof String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '\\' -> row.append("\\\\");
                    case '\t' -> row.append("\\t");
                    case '\n' -> row.append("\\n");
                    case '\r' -> row.append("\\r");
                    default -> row.append(c);
                }
            }
        } else if (value instanceof UUID || value instanceof Number || value instanceof Boolean || value instanceof LocalDate
                || value instanceof OffsetDateTime) {
            row.append(value);
        } else {
            append(value.toString());
        }
    }

    private void flush() throws SQLException {
        if (used > 0) {
            copy.writeToCopy(buffer, 0, used);
            used = 0;
        }
    }

    @Override
    public void close() throws SQLException {
        flush();
        copy.endCopy();
    }

    boolean empty() {
        return first;
    }
}
