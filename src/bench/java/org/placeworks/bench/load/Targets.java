package org.placeworks.bench.load;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The records each scenario asks for, read straight from the database (never scraped from pages): cases whose
 * lead professional is the signed-in worker, the commonest surnames, neighbourhoods, recent panel meetings.
 * Each scenario then checks its targets once through the app and keeps only those the user may open.
 */
final class Targets implements AutoCloseable {

    private final Connection connection;

    Targets(String url, String user, String password) throws SQLException {
        this.connection = DriverManager.getConnection(url, user, password);
        this.connection.setReadOnly(true);
    }

    /** Cases the user leads, open ones first: the worker may always read a case they lead. */
    List<String> casesLedBy(String username, int limit) throws SQLException {
        return strings("""
                select c.id::text from caf_case c join staff_member s on s.id = c.lead_professional_id
                where s.username = ? order by (c.status = 'CLOSED'), c.id limit ?""", username, limit);
    }

    /** Families of the cases the user leads that have a child: the user's service covers their address. */
    List<String> familiesWithChildrenLedBy(String username, int limit) throws SQLException {
        return strings("""
                select distinct c.family_id::text from caf_case c join staff_member s on s.id = c.lead_professional_id
                where s.username = ? and c.status <> 'CLOSED'
                  and exists (select 1 from person p where p.family_id = c.family_id and p.relationship = 'CHILD'
                              and p.merged_into is null and p.date_of_birth is not null)
                order by 1 limit ?""", username, limit);
    }

    String staffId(String username) throws SQLException {
        return strings("select id::text from staff_member where username = ?", username).stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("no staff member " + username));
    }

    List<String> commonSurnames(int limit) throws SQLException {
        return strings("""
                select family_name from person where merged_into is null
                group by family_name order by count(*) desc, family_name limit ?""", limit);
    }

    List<String> neighbourhoods(int limit) throws SQLException {
        return strings("select id::text from area where kind = 'NEIGHBOURHOOD' order by name limit ?", limit);
    }

    /** Meetings with items first, latest first: the agenda a chair opens. */
    List<String> meetings(int limit) throws SQLException {
        return strings("""
                select m.id::text from panel_meeting m
                order by (select count(*) from panel_item i where i.meeting_id = m.id) desc, m.meeting_date desc limit ?""", limit);
    }

    /** Funds with the longest ledgers first: the fund pages with the most to show. */
    List<String> fundsByLedger(int limit) throws SQLException {
        return strings("""
                select f.id::text from grant_fund f
                order by (select count(*) from grant_ledger_entry e where e.fund_id = f.id) desc, f.year_start desc limit ?""", limit);
    }

    /**
     * Audit entries written but not yet chained by the app's sealer, which takes them in insert order: the newest
     * entry's place less the newest sealed one's.
     */
    long unsealedAuditEntries() throws SQLException {
        return Long.parseLong(strings("""
                select coalesce((select max(seq) from audit_entry), 0)
                       - coalesce((select max(entry_seq) from audit_seal), 0)""").get(0));
    }

    private List<String> strings(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
            return values;
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
