package org.placeworks.bench.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** LoadRun's command line; see {@link #USAGE}. */
final class Options {

    static final String USAGE = """
            LoadRun [options]
              --app-url URL          the running app (default http://localhost:8481)
              --keycloak-url URL     Keycloak, for API tokens (default http://127.0.0.1:8480)
              --db-url JDBC-URL      the app's database, to pick target records (required)
              --db-user USER         (default postgres)   --db-password PASSWORD (default empty)
              --db-app-user USER     the app's own role, which the database's wall holds: pgbench runs as it
                                     (default placeworks_app)   --db-app-password PASSWORD (default empty)
              --scenario NAME        run only this scenario (repeatable, or comma-separated); default all
              --rate N               requests/s for every fixed-rate run (default: each scenario's own)
              --duration SECONDS     measured time of each fixed-rate run (default 30)
              --warmup SECONDS       first, not recorded: a closed loop, then 3 s at the rate (default 30)
              --connections N        connections for fixed-rate runs (default 64)
              --jit-settle SECONDS   after the warm-up, go on warming up (10 s at a time) while the app's JIT compilers
                                     are at work for more than a tenth of the time (jstat), for at most this long
                                     (default 300; 0: off; needs --app-pid)
              --max                  also run max-throughput (closed loop) for scenarios with a throughput target
              --max-only             only the max-throughput runs
              --max-connections N    connections for max-throughput runs (default 16)
              --csv-route PATH       the large CSV export (default /insight/tables/caseload.csv)
              --targets N            at most this many ids per scenario (default 200)
              --app-pid PID          the app's process: report its CPU a request (and PostgreSQL's) beside each run
              --label TEXT           what the report says about the data and machine (e.g. "size small")
              --report FILE          where to write the markdown report (default target/bench/report.md)
              --pgbench              also capture the case page's and My cases' SQL and run it through pgbench
              --list                 list the scenarios and exit
            """;

    String appUrl = "http://localhost:8481";
    String keycloakUrl = "http://127.0.0.1:8480";
    String dbUrl;
    String dbUser = "postgres";
    String dbPassword = "";
    String dbAppUser = "placeworks_app";
    String dbAppPassword = "";
    List<String> scenarios = new ArrayList<>();
    Double rate;
    Duration duration = Duration.ofSeconds(30);
    Duration warmup = Duration.ofSeconds(30);
    Duration jitSettle = Duration.ofSeconds(300);
    int connections = 64;
    boolean max;
    boolean maxOnly;
    int maxConnections = 16;
    String csvRoute = "/insight/tables/caseload.csv";
    int targetLimit = 200;
    Long appPid;
    String label = "";
    String report = "target/bench/report.md";
    boolean list;
    boolean pgbench;

    static Options parse(String[] args) {
        Options o = new Options();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--app-url" -> o.appUrl = strip(value(args, ++i, arg));
                case "--keycloak-url" -> o.keycloakUrl = strip(value(args, ++i, arg));
                case "--db-url" -> o.dbUrl = value(args, ++i, arg);
                case "--db-user" -> o.dbUser = value(args, ++i, arg);
                case "--db-password" -> o.dbPassword = value(args, ++i, arg);
                case "--db-app-user" -> o.dbAppUser = value(args, ++i, arg);
                case "--db-app-password" -> o.dbAppPassword = value(args, ++i, arg);
                case "--scenario" -> o.scenarios.addAll(List.of(value(args, ++i, arg).split(",")));
                case "--rate" -> o.rate = Double.parseDouble(value(args, ++i, arg));
                case "--duration" -> o.duration = Duration.ofMillis(Math.round(1000 * Double.parseDouble(value(args, ++i, arg))));
                case "--warmup" -> o.warmup = Duration.ofMillis(Math.round(1000 * Double.parseDouble(value(args, ++i, arg))));
                case "--jit-settle" -> o.jitSettle = Duration.ofMillis(Math.round(1000 * Double.parseDouble(value(args, ++i, arg))));
                case "--connections" -> o.connections = Integer.parseInt(value(args, ++i, arg));
                case "--max" -> o.max = true;
                case "--max-only" -> {
                    o.max = true;
                    o.maxOnly = true;
                }
                case "--max-connections" -> o.maxConnections = Integer.parseInt(value(args, ++i, arg));
                case "--csv-route" -> o.csvRoute = value(args, ++i, arg);
                case "--targets" -> o.targetLimit = Integer.parseInt(value(args, ++i, arg));
                case "--app-pid" -> o.appPid = Long.parseLong(value(args, ++i, arg));
                case "--label" -> o.label = value(args, ++i, arg);
                case "--report" -> o.report = value(args, ++i, arg);
                case "--list" -> o.list = true;
                case "--pgbench" -> o.pgbench = true;
                default -> throw new IllegalArgumentException("unknown option " + arg + "\n" + USAGE);
            }
        }
        if (o.dbUrl == null && !o.list) {
            throw new IllegalArgumentException("--db-url is required\n" + USAGE);
        }
        return o;
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value\n" + USAGE);
        }
        return args[i];
    }

    private static String strip(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
