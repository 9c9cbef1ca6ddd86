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

    /**
     * The unsealed seqs a run looks for: every entry past the newest seal, and those in the ranges the sealer passed
     * over ({@code sealer_gap}, V66) within the look-back and not sealed since. Comparing the whole look-back's entries
     * with their seals read 50,000 of each every run (34-42 ms at the benchmark's large size); this reads the new
     * entries and the late ones' ranges. Each range's entries are a subquery of their own (lateral, not flattened:
     * {@code offset 0}), both sides of its anti-join bounded by the range, so that the ranges lead whatever the planner
     * guesses of a small table it may not have analysed yet. Parameters: the newest sealed seq, then the look-back's
     * start three times.
     */
    private static final String UNSEALED_SEQS = "select u.seq from audit_entry u where u.seq > ?"
            + " union all select r.seq from sealer_gap g cross join lateral (select u.seq from audit_entry u"
            + " where u.seq between greatest(g.first_seq, ? + 1) and g.last_seq"
            + " and not exists (select 1 from audit_seal s where s.entry_seq = u.seq"
            + " and s.entry_seq between greatest(g.first_seq, ? + 1) and g.last_seq) offset 0) r"
            + " where g.last_seq > ?";

    /** Up to a limit of the look-back's unsealed entries, oldest first; parameters: as {@link #UNSEALED_SEQS}, then the limit. */
    static final String UNSEALED = "select " + ENTRY_COLUMNS + " from audit_entry e where e.seq = any (array(" + UNSEALED_SEQS
            + " order by 1 limit ?)) order by e.seq";

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
        return em.unwrap(Session.class).doReturningWork(c -> seal(c, limit, lagEntries, now));
    }

    /** The newest link only, without checking anything. */
    public ChainReport head() {
        return em.unwrap(Session.class).doReturningWork(c -> {
            Anchor anchor = Anchor.of(c);
            try (PreparedStatement q = c.prepareStatement("select position, entry_hash from audit_seal order by position desc limit 1");
                    ResultSet rs = q.executeQuery()) {
                return rs.next()
                        ? new ChainReport(null, rs.getLong(1) - anchor.position(), rs.getLong(1), rs.getString(2), true, 0, 0, null, -1,
                                anchor.position(), anchor.cutOff())
                        : new ChainReport(null, 0, anchor.position(), anchor.hash(), true, 0, 0, null, -1, anchor.position(),
                                anchor.cutOff());
            }
        });
    }

    /** Walks the whole chain from its first link (or its anchor) and reports the first that does not hold. */
    public ChainReport verify(long lagEntries, Instant now) {
        return em.unwrap(Session.class).doReturningWork(c -> walk(c, lagEntries, now));
    }

    /**
     * Where the chain starts: the last link removed with its entry by the owner's removal of entries past their rule
     * ({@code audit_remove_expired}), or before the first link when nothing was removed.
     */
    record Anchor(long position, long entrySeq, String hash, Instant cutOff) {

        static final Anchor START = new Anchor(0, 0, ChainHash.GENESIS, null);

        static Anchor of(Connection c) throws SQLException {
            try (PreparedStatement q = c.prepareStatement("select anchor_position, anchor_entry_seq, anchor_hash, cut_off from audit_removal"
                    + " order by anchor_position desc limit 1"); ResultSet rs = q.executeQuery()) {
                return rs.next() ? new Anchor(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getObject(4, OffsetDateTime.class).toInstant())
                        : START;
            }
        }
    }

    static int seal(Connection c, int limit, long lagEntries, Instant now) throws SQLException {
        // With no seal left (every sealed entry removed under its rule), the chain carries on from its anchor.
        Anchor anchor = Anchor.of(c);
        long position = anchor.position();
        String previous = anchor.hash();
        long newestSealed = anchor.entrySeq();
        try (PreparedStatement q = c.prepareStatement("select position, entry_hash, (select max(entry_seq) from audit_seal)"
                + " from audit_seal order by position desc limit 1"); ResultSet rs = q.executeQuery()) {
            if (rs.next()) {
                position = rs.getLong(1);
                previous = rs.getString(2);
                newestSealed = rs.getLong(3);
            }
        }
        List<ChainHash.Entry> unsealed = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement(UNSEALED)) {
            bindLookBack(q, newestSealed, lagEntries);
            q.setInt(5, limit);
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
        passedOver(c, newestSealed, unsealed);
        try (PreparedStatement prune = c.prepareStatement("delete from sealer_gap where last_seq <= ?")) {
            prune.setLong(1, lookBack(newestSealed, lagEntries));
            prune.executeUpdate();
        }
        return unsealed.size();
    }

    /**
     * Records the seqs this run passed over: between the newest seal before it and the newest it sealed, those it did
     * not seal (their transactions still open, or rolled back). The next runs look there for entries committed late.
     */
    private static void passedOver(Connection c, long newestSealed, List<ChainHash.Entry> sealed) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("insert into sealer_gap (first_seq, last_seq) values (?, ?)")) {
            long next = newestSealed + 1;
            for (ChainHash.Entry e : sealed) {
                if (e.seq() < next) {
                    continue;
                }
                if (e.seq() > next) {
                    insert.setLong(1, next);
                    insert.setLong(2, e.seq() - 1);
                    insert.addBatch();
                }
                next = e.seq() + 1;
            }
            insert.executeBatch();
        }
    }

    static ChainReport walk(Connection c, long lagEntries, Instant now) throws SQLException {
        Anchor anchor = Anchor.of(c);
        try (PreparedStatement q = c.prepareStatement("select position, entry_seq from audit_seal where position <= ? order by position limit 1")) {
            q.setLong(1, anchor.position());
            try (ResultSet rs = q.executeQuery()) {
                if (rs.next()) {
                    return broken(c, now, anchor, rs.getLong(1), rs.getLong(2), "the seal at position " + rs.getLong(1)
                            + " should have gone with the entries removed up to position " + anchor.position()
                            + ": the record of that removal does not match the chain");
                }
            }
        }
        long expected = anchor.position() + 1;
        String previous = anchor.hash();
        long newestSealed = anchor.entrySeq();
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
                            return broken(c, now, anchor, expected, entrySeq, "the seal at position " + expected
                                    + " is missing: the chain jumps to " + position);
                        }
                        rs.getLong(4);
                        if (rs.wasNull()) {
                            return broken(c, now, anchor, position, entrySeq, "entry " + entrySeq
                                    + " was sealed but is no longer in the trail (deleted)");
                        }
                        String computed = ChainHash.link(previous, entry(rs, 4));
                        if (!computed.equals(rs.getString(3))) {
                            return broken(c, now, anchor, position, entrySeq, "entry " + entrySeq
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
        long head = expected - 1;
        long sealed = head - anchor.position();
        // An entry below the sealed range that was never sealed was slipped in (or its seal removed with the chain rebuilt).
        try (PreparedStatement q = c.prepareStatement("select e.seq from audit_entry e where e.seq <= ?"
                + " and not exists (select 1 from audit_seal s where s.entry_seq = e.seq) order by e.seq limit 1")) {
            q.setLong(1, newestSealed - lagEntries);
            try (ResultSet rs = q.executeQuery()) {
                if (rs.next()) {
                    return new ChainReport(now, sealed, head, previous, false, 0, rs.getLong(1), "entry " + rs.getLong(1)
                            + " is outside the chain: it sits among sealed entries but was never sealed (inserted afterwards)",
                            awaiting(c, newestSealed, lagEntries), anchor.position(), anchor.cutOff());
                }
            }
        }
        return new ChainReport(now, sealed, head, previous, true, 0, 0, null, awaiting(c, newestSealed, lagEntries), anchor.position(),
                anchor.cutOff());
    }

    private static ChainReport broken(Connection c, Instant now, Anchor anchor, long position, long entrySeq, String problem)
            throws SQLException {
        long head = anchor.position();
        String headHash = anchor.position() == 0 ? null : anchor.hash();
        try (PreparedStatement q = c.prepareStatement("select position, entry_hash from audit_seal order by position desc limit 1");
                ResultSet rs = q.executeQuery()) {
            if (rs.next()) {
                head = rs.getLong(1);
                headHash = rs.getString(2);
            }
        }
        return new ChainReport(now, Math.max(0, position - 1 - anchor.position()), head, headHash, false, position, entrySeq, problem, -1,
                anchor.position(), anchor.cutOff());
    }

    private static long awaiting(Connection c, long newestSealed, long lagEntries) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("select count(*) from (" + UNSEALED_SEQS + ") w")) {
            bindLookBack(q, newestSealed, lagEntries);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Binds {@link #UNSEALED_SEQS}: the newest sealed seq, then the look-back's start. */
    static void bindLookBack(PreparedStatement q, long newestSealed, long lagEntries) throws SQLException {
        long lookBack = lookBack(newestSealed, lagEntries);
        q.setLong(1, newestSealed);
        q.setLong(2, lookBack);
        q.setLong(3, lookBack);
        q.setLong(4, lookBack);
    }

    /** The seq before the look-back's first: {@code lagEntries} before the newest sealed one. */
    private static long lookBack(long newestSealed, long lagEntries) {
        return Math.max(0, newestSealed - lagEntries);
    }

    private static ChainHash.Entry entry(ResultSet rs, int offset) throws SQLException {
        OffsetDateTime at = rs.getObject(offset + 3, OffsetDateTime.class);
        return new ChainHash.Entry(rs.getLong(offset + 1), rs.getString(offset + 2), at == null ? null : at.toInstant(),
                rs.getString(offset + 4), rs.getString(offset + 5), rs.getString(offset + 6), rs.getString(offset + 7),
                rs.getString(offset + 8), rs.getString(offset + 9), rs.getString(offset + 10));
    }
}
