package org.placeworks.shared.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.net.ConnectException;
import java.sql.SQLException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

/**
 * Which failures mean "the database is down or busy" (a 503 that says to try again) rather than a fault (500) or a
 * refused change (409, 422): the exceptions as the PostgreSQL driver, Agroal and Hibernate raise them while PostgreSQL
 * is stopped, restarting or refusing connections. The 503's page and JSON are checked in DatabaseBusyTest; the
 * database restart drill (deploy/drills/database-restarts) proves the whole path against a real restart.
 */
class DatabaseUnavailableTest {

    @Test
    void aServerThatCannotBeReachedIsUnavailable() {
        // PostgreSQL stopped: the pool's new connection is refused.
        PSQLException refused = new PSQLException("Connection to 127.0.0.1:5432 refused.", PSQLState.CONNECTION_UNABLE_TO_CONNECT,
                new ConnectException("Connection refused"));
        assertTrue(ErrorPages.databaseUnavailable(new PersistenceException(new JDBCConnectionException("open", refused))));
        // A pooled connection whose server went away mid-request.
        assertTrue(ErrorPages.databaseUnavailable(new PSQLException("An I/O error occurred while sending to the backend.",
                PSQLState.CONNECTION_FAILURE)));
        assertTrue(ErrorPages.databaseUnavailable(new PSQLException("This connection has been closed.", PSQLState.CONNECTION_DOES_NOT_EXIST)));
    }

    @Test
    void aServerShuttingDownOrStartingIsUnavailable() {
        assertTrue(ErrorPages.databaseUnavailable(new SQLException("terminating connection due to administrator command", "57P01")));
        assertTrue(ErrorPages.databaseUnavailable(new SQLException("the database system is shutting down", "57P03")));
        assertTrue(ErrorPages.databaseUnavailable(new SQLException("the database system is starting up", "57P03")));
    }

    @Test
    void everyConnectionBusyIsUnavailable() {
        assertTrue(ErrorPages.databaseUnavailable(new RuntimeException(new SQLException("Sorry, acquisition timeout!"))));
    }

    @Test
    void faultsAndRefusedChangesAreNot() {
        assertFalse(ErrorPages.databaseUnavailable(new ConstraintViolationException("duplicate",
                new SQLException("duplicate key value violates unique constraint", "23505"), "family_pkey")));
        assertFalse(ErrorPages.databaseUnavailable(new SQLException("relation \"familly\" does not exist", "42P01")));
        assertFalse(ErrorPages.databaseUnavailable(new SQLException("canceling statement due to statement timeout", "57014")));
        assertFalse(ErrorPages.databaseUnavailable(new IllegalStateException("a bug")));
    }
}
