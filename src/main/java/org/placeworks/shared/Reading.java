package org.placeworks.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.function.Supplier;
import org.hibernate.FlushMode;
import org.hibernate.Session;

/**
 * Reference data (agencies, services, the area tree) read once per reading: a read-only transaction, such as the
 * case page's or the JSON read's, changes nothing, so what it read once cannot change under it, however many
 * sections ask again. Any other transaction reads afresh each time, so that it always sees its own changes.
 */
@ApplicationScoped
public class Reading {

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    Session session;

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

    /** Makes the current transaction a reading: its session read-only and never flushed (see {@link OneReading}). */
    public void begin() {
        session.setDefaultReadOnly(true);
        session.setHibernateFlushMode(FlushMode.MANUAL);
    }

    /** Whether the current transaction only reads: its session is read-only and never flushed. */
    public boolean inReading() {
        return transactions.getTransactionKey() != null && session.isDefaultReadOnly()
                && session.getHibernateFlushMode() == FlushMode.MANUAL;
    }
}
