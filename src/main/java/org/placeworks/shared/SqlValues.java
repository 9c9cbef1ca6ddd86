package org.placeworks.shared;

import java.time.LocalDate;

/** Values of a native query's row, as the JDBC driver hands them over. */
public final class SqlValues {

    private SqlValues() {
    }

    /** A {@code date} column: PostgreSQL's driver gives a {@code java.sql.Date}, Hibernate may give a LocalDate; null stays null. */
    public static LocalDate localDate(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
