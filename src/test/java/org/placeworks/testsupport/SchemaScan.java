package org.placeworks.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Searches every table of the schema for values, as a disposal test needs to prove nothing of a disposed record is
 * left: every uuid, text and json column (as text), and every bytea column (as hex, for ciphertext), except the tables
 * named. Answers "table.column" for each column holding any of the values.
 */
public final class SchemaScan {

    private SchemaScan() {
    }

    /** Columns holding any of the text values. */
    public static List<String> find(DataSource db, Collection<String> values, Set<String> notScanned) throws SQLException {
        return find(db, values, List.of(), notScanned);
    }

    /** Columns holding any of the text values, or (in a bytea column) any of the byte strings. */
    public static List<String> find(DataSource db, Collection<String> values, Collection<byte[]> bytes, Set<String> notScanned)
            throws SQLException {
        List<String> hits = new ArrayList<>();
        try (Connection c = db.getConnection()) {
            List<String[]> columns = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement("""
                    select col.table_name, col.column_name, col.data_type from information_schema.columns col
                      join information_schema.tables t on t.table_schema = col.table_schema and t.table_name = col.table_name
                     where col.table_schema = 'public' and t.table_type = 'BASE TABLE'
                       and col.data_type in ('uuid', 'text', 'character varying', 'character', 'json', 'jsonb', 'bytea')
                    """); ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    if (!notScanned.contains(rs.getString(1))) {
                        columns.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
                    }
                }
            }
            assertThat(columns).as("the scan sees the schema").hasSizeGreaterThan(100);
            String[] patterns = values.stream().map(v -> "%" + v + "%").toArray(String[]::new);
            String[] hexPatterns = bytes.stream().map(b -> "%" + HexFormat.of().formatHex(b) + "%").toArray(String[]::new);
            for (String[] column : columns) {
                boolean binary = column[2].equals("bytea");
                if ((binary ? hexPatterns : patterns).length == 0) {
                    continue;
                }
                String value = binary ? "encode(\"" + column[1] + "\", 'hex')" : "\"" + column[1] + "\"::text";
                try (PreparedStatement q = c.prepareStatement("select count(*) from \"" + column[0] + "\" where " + value + " like any (?)")) {
                    q.setArray(1, c.createArrayOf("text", binary ? hexPatterns : patterns));
                    try (ResultSet rs = q.executeQuery()) {
                        rs.next();
                        if (rs.getLong(1) > 0) {
                            hits.add(column[0] + "." + column[1]);
                        }
                    }
                }
            }
        }
        return hits;
    }
}
