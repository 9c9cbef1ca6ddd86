package org.placeworks.testsupport;

import static io.restassured.RestAssured.given;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import java.util.function.LongSupplier;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/**
 * The SQL statements one request costs, from Hibernate's statistics (on in the test profile only): what the
 * tests assert must not grow with the number of records. Never a time.
 */
public final class Statements {

    private Statements() {
    }

    /**
     * Connections a GET of {@code path} answered 200 takes from the pool, asked once before as {@link #ofGet} is: one
     * for each transaction and each read outside one. A transaction's connection is given the request's ground for the
     * database's wall every time (organisation.RowWall).
     */
    public static long connectionsOfGet(String path) {
        AgroalDataSource pool = Arc.container().instance(AgroalDataSource.class).get();
        return countOfGet(path, () -> pool.getMetrics().acquireCount());
    }

    /** Statements of a GET of {@code path} answered 200, asked once before so that first-use work is not counted. */
    public static long ofGet(SessionFactory sessionFactory, String path) {
        Statistics statistics = sessionFactory.getStatistics();
        return countOfGet(path, statistics::getPrepareStatementCount);
    }

    /** How far {@code count} moves over the second of two GETs of {@code path}, each answered 200. */
    private static long countOfGet(String path, LongSupplier count) {
        given().get(path).then().statusCode(200);
        long before = count.getAsLong();
        given().get(path).then().statusCode(200);
        return count.getAsLong() - before;
    }
}
