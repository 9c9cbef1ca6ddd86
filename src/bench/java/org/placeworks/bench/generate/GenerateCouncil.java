package org.placeworks.bench.generate;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.postgresql.PGConnection;

/**
 * The synthetic council: adds a named size of early help, panel, grant, estate and intelligence records to
 * the demo town in a database the app has already migrated and loaded, with PostgreSQL COPY.
 *
 * <pre>
 * ./mvnw -B -o -q test-compile exec:java@bench-generate \
 *     -Dexec.args="--size large --db-url jdbc:postgresql://127.0.0.1:5432/bench --db-user postgres"
 * </pre>
 *
 * Options: {@code --size small|tiny|medium|large|million} (default large), {@code --seed N} (default 13),
 * {@code --today YYYY-MM-DD} (default today in Europe/London; fix it to get identical dates on another day),
 * {@code --db-url}, {@code --db-user}, {@code --db-password}. See docs/performance.md.
 */
public final class GenerateCouncil {

    private GenerateCouncil() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        Size size = Size.named(options.getOrDefault("size", "large"));
        long seed = Long.parseLong(options.getOrDefault("seed", "13"));
        LocalDate today = options.containsKey("today") ? LocalDate.parse(options.get("today")) : LocalDate.now(ZoneId.of("Europe/London"));
        String url = options.getOrDefault("db-url", System.getenv().getOrDefault("PLACEWORKS_DB_URL", "jdbc:postgresql://127.0.0.1:5432/placeworks"));
        String user = options.getOrDefault("db-user", System.getenv().getOrDefault("PLACEWORKS_DB_USER", "placeworks"));
        String password = options.getOrDefault("db-password", System.getenv().getOrDefault("PLACEWORKS_DB_PASSWORD", ""));
        try (Connection db = DriverManager.getConnection(url, user, password)) {
            generate(db, size, seed, today, System.out);
        } catch (Refused e) {
            System.err.println(e.getMessage());
            System.exit(2);
        }
    }

    /** Loads the council into {@code db} (left in auto-commit afterwards); the figures go to {@code out}. */
    public static Result generate(Connection db, Size size, long seed, LocalDate today, java.io.PrintStream out) throws SQLException {
        check(db);
        if (size == Size.SMALL) {
            out.println("small: the demo town alone; nothing added");
            return new Result(Map.of(), 0);
        }
        long began = System.nanoTime();
        out.printf("Generating the %s council (seed %d, today %s)%n", size.name().toLowerCase(), seed, today);
        CouncilPlan plan = new CouncilPlan(size, seed, today);
        boolean autoCommit = db.getAutoCommit();
        db.setAutoCommit(false);
        Map<String, Long> rows;
        try {
            Loader loader = new Loader(db, db.unwrap(PGConnection.class).getCopyAPI(), plan, out);
            loader.load();
            db.commit();
            rows = loader.rows();
        } catch (SQLException | RuntimeException e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(autoCommit);
        }
        long analysed = System.nanoTime();
        db.setAutoCommit(true);
        try (Statement s = db.createStatement()) {
            s.execute("analyze");
        }
        out.printf("%-32s %10s %8.1f s%n", "analyze", "", (System.nanoTime() - analysed) / 1e9);
        double seconds = (System.nanoTime() - began) / 1e9;
        long total = rows.values().stream().mapToLong(Long::longValue).sum();
        out.printf("Done: %,d rows in %.1f s. Start the app once to rebuild the insight summary store"
                + " (it rebuilds at start when the store is marked stale, as this load left it).%n", total, seconds);
        return new Result(rows, seconds);
    }

    /** Rows written per table, and the seconds the whole load took. */
    public record Result(Map<String, Long> rows, double seconds) {
    }

    /** Refuses a database the app has not migrated and loaded, or one already holding a synthetic council. */
    private static void check(Connection db) throws SQLException {
        try (Statement s = db.createStatement();
                ResultSet r = s.executeQuery("select to_regclass('public.caf_case') is not null, to_regclass('public.insight_area_figure') is not null")) {
            r.next();
            if (!r.getBoolean(1) || !r.getBoolean(2)) {
                throw new Refused("This database has no Placeworks schema (or an old one): run the app once against it first"
                        + " (profile local, so that it migrates and loads the demo town), then run the generator again.");
            }
        }
        try (PreparedStatement s = db.prepareStatement("select count(*) from area where code = ?")) {
            s.setString(1, "E43000901");
            try (ResultSet r = s.executeQuery()) {
                r.next();
                if (r.getLong(1) == 0) {
                    throw new Refused("This database has the schema but not the demo town: run the app once against it in the local"
                            + " profile (it loads the demo into an empty database), then run the generator again.");
                }
            }
            s.setString(1, Loader.LOCALITY_CODE);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                if (r.getLong(1) > 0) {
                    throw new Refused("This database already holds a synthetic council: start again from an empty database.");
                }
            }
        }
    }

    static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message);
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --name value pairs, got '" + args[i] + "'");
            }
            options.put(args[i].substring(2), args[++i]);
        }
        return options;
    }
}
