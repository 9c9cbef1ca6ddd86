package org.placeworks.caf;

import java.time.LocalDate;
import java.util.List;

/**
 * Lets higher features add their own items to a worker's daily reminder email without {@code caf}
 * knowing them (the panel: open panel actions a worker owns). Implement it as an
 * {@code @ApplicationScoped} bean; {@link Reminders} asks every bean once a day, with no one signed
 * in, for what falls due by {@code horizon} (overdue items too). Name records by reference only:
 * email is not a secure channel.
 */
public interface ReminderSource {

    /** One thing a member of staff must do by a day. */
    record Item(java.util.UUID staffId, String reference, String what, LocalDate dueOn) {
    }

    List<Item> dueBy(LocalDate horizon);
}
