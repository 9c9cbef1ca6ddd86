package org.placeworks.audit.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;
import org.placeworks.audit.ChainReport;

/**
 * The hash chain's SQL: sealing committed entries in order into {@code audit_seal}, and walking the seals to check
 * them. Plain JDBC on the transaction's connection: thousands of rows a run, read and written in batches.
 */
@ApplicationScoped
public class AuditChainStore {

    private static final String ENTRY_COLUMNS = "e.seq, e.id::text, e.at, e.actor, e.actor_roles, e.action, e.record_kind, e.record_id,"
            + " e.summary, e.outcome";
    static final int PAGE = 5000;

    @Inject
    EntityManager em;

    /** Whether this instance holds the sealer's advisory lock for its transaction. */
    public boolean trySealLock(long key) {
        return Boolean.TRUE.equals(em.createNativeQuery("select pg_try_advisory_xact_lock(?1)").setParameter(1, key).getSingleResult());
    }

    /**
     * Seals up to {@code limit} committed entries not yet in the chain, in the order they were inserted. Entries are
     * looked for from {@code lagEntries} before the newest sealed one, so that one inserted earlier but committed later
     * (a longer transaction) is still sealed; anything older than that is outside the chain for good.
     */
    public int seal(int limit, long lagEntries, Instant now) {
        return em.unwrap(Session.class).doReturningWork(c -> {
            long position = 0;
            String previous = ChainHash.GENESIS;
            long newestSealed = 0;
            try (PreparedStatement q = c.prepareStatement("select position, entry_hash, (select coalesce(max(entry_seq), 0) from audit_seal)"
                    + " from audit_seal order by position desc limit 1"); ResultSet rs = q.executeQuery()) {
                if (rs.next()) {
                    position = rs.getLong(1);
                    previous = rs.getString(2);
                    newestSealed = rs.getLong(3);
                }
            }
            List<ChainHash.Entry> unsealed = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement("select " + ENTRY_COLUMNS + " from audit_entry e where e.seq > ?"
                    + " and not exists (select 1 from audit_seal s where s.entry_seq = e.seq) order by e.seq limit ?")) {
                q.setLong(1, Math.max(0, newestSealed - lagEntries));
                q.setInt(2, limit);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        unsealed.add(entry(rs, 0));
                    }
                }
            }
            try (PreparedStatement insert = c.prepareStatement(
                    "insert into audit_seal (position, entry_seq, entry_hash, sealed_at) values (?, ?, ?, ?)")) {
                Timestamp sealedAt = Timestamp.from(now);
                for (ChainHash.Entry e : unsealed) {
                    previous = ChainHash.link(previous, e);
                    insert.setLong(1, ++position);
                    insert.setLong(2, e.seq());
                    insert.setString(3, previous);
                    insert.setTimestamp(4, sealedAt);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return unsealed.size();
        });
    }

    /** The newest link only, without checking anything. */
    public ChainReport head() {
        return em.unwrap(Session.class).doReturningWork(c -> {
            try (PreparedStatement q = c.prepareStatement("select position, entry_hash from audit_seal order by position desc limit 1");
                    ResultSet rs = q.executeQuery()) {
                return rs.next() ? new ChainReport(null, rs.getLong(1), rs.getLong(1), rs.getString(2), true, 0, 0, null, -1)
                        : new ChainReport(null, 0, 0, ChainHash.GENESIS, true, 0, 0, null, -1);
            }
        });
    }

    /** Walks the whole chain from its first link and reports the first that does not hold. */
    public ChainReport verify(long lagEntries, Instant now) {
        return em.unwrap(Session.class).doReturningWork(c -> walk(c, lagEntries, now));
    }

    private ChainReport walk(Connection c, long lagEntries, Instant now) throws SQLException {
        long expected = 1;
        String previous = ChainHash.GENESIS;
        long newestSealed = 0;
        while (true) {
            int read = 0;
            try (PreparedStatement q = c.prepareStatement("select s.position, s.entry_seq, s.entry_hash, e.seq as found, " + ENTRY_COLUMNS
                    + " from audit_seal s left join audit_entry e on e.seq = s.entry_seq where s.position >= ? order by s.position limit ?")) {
                q.setLong(1, expected);
                q.setInt(2, PAGE);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        read++;
                        long position = rs.getLong(1);
                        long entrySeq = rs.getLong(2);
                        if (position != expected) {
                            return broken(c, now, lagEntries, expected, entrySeq, "the seal at position " + expected
                                    + " is missing: the chain jumps to " + position);
                        }
                        rs.getLong(4);
                        if (rs.wasNull()) {
                            return broken(c, now, lagEntries, position, entrySeq, "entry " + entrySeq + " was sealed but is no longer in the trail (deleted)");
                        }
                        String computed = ChainHash.link(previous, entry(rs, 4));
                        if (!computed.equals(rs.getString(3))) {
                            return broken(c, now, lagEntries, position, entrySeq, "entry " + entrySeq
                                    + " does not match its seal: it was changed after it was sealed, or the chain was rewritten here");
                        }
                        previous = computed;
                        newestSealed = Math.max(newestSealed, entrySeq);
                        expected++;
                    }
                }
            }
            if (read < PAGE) {
                break;
            }
        }
        long sealed = expected - 1;
        // An entry below the sealed range that was never sealed was slipped in (or its seal removed with the chain rebuilt).
        try (PreparedStatement q = c.prepareStatement("select e.seq from audit_entry e where e.seq <= ?"
                + " and not exists (select 1 from audit_seal s where s.entry_seq = e.seq) order by e.seq limit 1")) {
            q.setLong(1, newestSealed - lagEntries);
            try (ResultSet rs = q.executeQuery()) {
                if (rs.next()) {
                    return new ChainReport(now, sealed, sealed, previous, false, 0, rs.getLong(1), "entry " + rs.getLong(1)
                            + " is outside the chain: it sits among sealed entries but was never sealed (inserted afterwards)",
                            awaiting(c, newestSealed, lagEntries));
                }
            }
        }
        return new ChainReport(now, sealed, sealed, previous, true, 0, 0, null, awaiting(c, newestSealed, lagEntries));
    }

    private ChainReport broken(Connection c, Instant now, long lagEntries, long position, long entrySeq, String problem) throws SQLException {
        long head = 0;
        String headHash = null;
        try (PreparedStatement q = c.prepareStatement("select position, entry_hash from audit_seal order by position desc limit 1");
                ResultSet rs = q.executeQuery()) {
            if (rs.next()) {
                head = rs.getLong(1);
                headHash = rs.getString(2);
            }
        }
        return new ChainReport(now, position - 1, head, headHash, false, position, entrySeq, problem, -1);
    }

    private long awaiting(Connection c, long newestSealed, long lagEntries) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("select count(*) from audit_entry e where e.seq > ?"
                + " and not exists (select 1 from audit_seal s where s.entry_seq = e.seq)")) {
            q.setLong(1, Math.max(0, newestSealed - lagEntries));
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static ChainHash.Entry entry(ResultSet rs, int offset) throws SQLException {
        OffsetDateTime at = rs.getObject(offset + 3, OffsetDateTime.class);
        return new ChainHash.Entry(rs.getLong(offset + 1), rs.getString(offset + 2), at == null ? null : at.toInstant(),
                rs.getString(offset + 4), rs.getString(offset + 5), rs.getString(offset + 6), rs.getString(offset + 7),
                rs.getString(offset + 8), rs.getString(offset + 9), rs.getString(offset + 10));
    }
}
