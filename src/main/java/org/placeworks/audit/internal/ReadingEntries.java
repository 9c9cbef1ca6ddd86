package org.placeworks.audit.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.List;

/**
 * The audit rows of a reading (a read-only transaction, such as the case page's), written together as one INSERT at
 * the end of the reading ({@link org.placeworks.shared.Reading#end}), or earlier if the trail is read in it: the case
 * page, which opens a case and its family, writes both rows in one statement. Still in the reading's own transaction:
 * a reading that rolls back leaves no entry, and one whose rows cannot be written does not commit.
 */
@ApplicationScoped
public class ReadingEntries {

    private static final String KEY = "audit.reading-entries";

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    AuditEntryRepository entries;

    @Inject
    org.placeworks.shared.Reading reading;

    /** Keeps the row to be written with the reading's others. Only in a transaction. */
    public void add(AuditRow row) {
        waiting().add(row);
    }

    /** Writes the rows waiting in this transaction now, so that a read of the trail in it sees them. */
    public void write() {
        if (transactions.getTransactionKey() == null) {
            return;
        }
        @SuppressWarnings("unchecked")
        List<AuditRow> rows = (List<AuditRow>) transactions.getResource(KEY);
        if (rows != null && !rows.isEmpty()) {
            entries.appendAll(List.copyOf(rows));
            rows.clear();
        }
    }

    private List<AuditRow> waiting() {
        @SuppressWarnings("unchecked")
        List<AuditRow> rows = (List<AuditRow>) transactions.getResource(KEY);
        if (rows == null) {
            rows = new ArrayList<>();
            transactions.putResource(KEY, rows);
            // Written as the reading's last step, while its connection is still held.
            reading.atEnd(KEY, this::write);
            // And in case a reading ends without that step, before it commits (a connection taken again then, which
            // the pool warns of): a row is never lost.
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    write();
                }

                @Override
                public void afterCompletion(int status) {
                    // Written before completion, or rolled back with the reading.
                }
            });
        }
        return rows;
    }
}
