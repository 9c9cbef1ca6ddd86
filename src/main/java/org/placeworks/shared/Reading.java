package org.placeworks.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.hibernate.engine.spi.SessionImplementor;

/**
 * Reference data (agencies, services, the area tree) read once per reading: a read-only transaction, such as the
 * case page's or the JSON read's, changes nothing, so what it read once cannot change under it, however many
 * sections ask again. Any other transaction reads afresh each time, so that it always sees its own changes.
 * Across readings, each instance keeps one copy of the reference data for as long as the database's reference
 * version (V48, moved on by every change to those tables) is unchanged: a reading checks one row instead.
 */
@ApplicationScoped
public class Reading {

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    Session session;

    /** This instance's copy of each piece of reference data, with the reference version it was loaded at. */
    private final Map<String, Stamped> references = new ConcurrentHashMap<>();

    /** The reference version this thread works with inside {@link #withOneReferenceVersion} (-1 until first read). */
    private final ThreadLocal<long[]> pinned = new ThreadLocal<>();

    private record Stamped(long version, Object value) {
    }

    private static final String AT_END = "shared.reading-at-end";
    private static final String BEGUN = "shared.reading-begun";

    /** {@code load}'s answer, read once in the current read-only transaction; {@code key} names what it reads. */
    @SuppressWarnings("unchecked")
    public <T> T once(String key, Supplier<T> load) {
        if (!inReading()) {
            return load.get();
        }
        Object known = transactions.getResource(key);
        if (known != null) {
            return (T) known;
        }
        T value = load.get();
        transactions.putResource(key, value);
        return value;
    }

    /**
     * Reference data named by {@code key}: in a reading, this instance's copy if the database's reference version is
     * still the one it was loaded at, else loaded now (the version is read first, so what is loaded is at least as new
     * as the version it is kept under); the same inside {@link #withOneReferenceVersion} outside a transaction.
     * Anywhere else (a transaction that may change them), loaded afresh. {@code load} must answer an immutable value
     * holding no entity: the copy is shared by every request of the instance.
     */
    public <T> T reference(String key, Supplier<T> load) {
        if (!keepsReferences()) {
            return load.get();
        }
        if (inReading()) {
            long version = once("shared.reference-version", this::referenceVersion);
            return once(key, () -> kept(key, version, load));
        }
        long[] pin = pinned.get();
        if (pin[0] < 0) {
            pin[0] = referenceVersion();
        }
        return kept(key, pin[0], load);
    }

    /**
     * Whether {@link #reference} answers from the instance's copy here (a reading, or one reference version outside a
     * transaction): callers that would otherwise read a few rows may take them from the whole copy instead.
     */
    public boolean keepsReferences() {
        return inReading() || (pinned.get() != null && transactions.getTransactionKey() == null);
    }

    /**
     * Runs work that only reads, outside any transaction, with the reference data of one version (read once, when
     * first needed): how each request's ground is worked out before its resource runs (organisation.RowScope).
     */
    public <T> T withOneReferenceVersion(Supplier<T> work) {
        if (pinned.get() != null) {
            return work.get();
        }
        pinned.set(new long[] { -1 });
        try {
            return work.get();
        } finally {
            pinned.remove();
        }
    }

    @SuppressWarnings("unchecked")
    private <T> T kept(String key, long version, Supplier<T> load) {
        Stamped kept = references.get(key);
        if (kept != null && kept.version() == version) {
            return (T) kept.value();
        }
        T value = load.get();
        references.put(key, new Stamped(version, value));
        return value;
    }

    /**
     * Untyped on purpose: Hibernate never finds the plan of a native query given a result class again, so each call
     * added an entry to its plan cache, all with one hash (QueryPlansTest).
     */
    private long referenceVersion() {
        return ((Number) session.createNativeQuery("select version from reference_version where id = 1").getSingleResult())
                .longValue();
    }

    /** Makes the current transaction a reading: its session read-only and never flushed (see {@link OneReading}). */
    public void begin() {
        session.setDefaultReadOnly(true);
        session.setHibernateFlushMode(FlushMode.MANUAL);
        transactions.putResource(BEGUN, Boolean.TRUE);
    }

    /**
     * Whether the current transaction was begun as a reading, read from the transaction alone: what the database's wall
     * is told as a connection is checked out for it (organisation.RowWall), when asking the session would be asking
     * Hibernate from inside its own checkout.
     */
    public boolean begun() {
        return transactions.getTransactionKey() != null && transactions.getResource(BEGUN) != null;
    }

    /**
     * Work for the end of this reading, still inside its transaction (run by {@link #end}), registered once per key: the
     * audit rows the reading kept back are written there as one statement. Outside a reading, {@code work} runs now.
     */
    public void atEnd(String key, Runnable work) {
        if (!inReading()) {
            work.run();
            return;
        }
        Map<String, Runnable> tasks = once(AT_END, java.util.LinkedHashMap::new);
        tasks.putIfAbsent(key, work);
    }

    /**
     * Ends the reading's own work, before its transaction commits: runs what was left for the end ({@link #atEnd}).
     * Called by whatever began the reading, as its last step.
     */
    public void end() {
        if (!inReading()) {
            return;
        }
        @SuppressWarnings("unchecked")
        Map<String, Runnable> tasks = (Map<String, Runnable>) transactions.getResource(AT_END);
        if (tasks != null) {
            tasks.values().forEach(Runnable::run);
        }
        // A reading is never flushed: a record it added or removed would be lost without a word, so say so instead.
        if (session.unwrap(SessionImplementor.class).getActionQueue().hasAnyQueuedActions()) {
            throw new IllegalStateException("A reading changed records it never saves: run the change in a transaction that writes");
        }
    }

    /** Whether the current transaction only reads: its session is read-only and never flushed. */
    public boolean inReading() {
        return transactions.getTransactionKey() != null && session.isDefaultReadOnly()
                && session.getHibernateFlushMode() == FlushMode.MANUAL;
    }
}
