package org.placeworks.bench.load;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The same SQL through pgbench: captures the statements the app issues for one case page and one "My cases"
 * (PostgreSQL's own statement log, switched on for the capture only; it needs the logging collector, which
 * bench/run turns on for its database), writes them as pgbench scripts with the case id and the worker's staff
 * id as pgbench variables, runs pgbench at the max-throughput run's concurrency and reports the app's max
 * throughput over pgbench's as a ratio.
 */
final class PgbenchComparison {

    private static final Pattern ENTRY = Pattern.compile("^\\d{4}-\\d\\d-\\d\\d [\\d:.]+ \\S+ \\[(\\d+)\\] (\\w+):  (.*)$");
    private static final Pattern EXECUTE = Pattern.compile("^(?:execute [^:]+|statement): (.*)$", Pattern.DOTALL);
    /** Possessive, so that a parameter thousands of characters long does not recurse once a character. */
    private static final Pattern PARAMETER = Pattern.compile("\\$(\\d+) = (NULL|'(?:[^']++|'')*+')");
    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    private static final Pattern UUID_LITERAL = Pattern.compile("'" + UUID + "'");
    /** An array of ids as one parameter, as the audit insert binds its rows' new ids: '{id,id}'. */
    private static final Pattern UUID_ARRAY_LITERAL = Pattern.compile("'\\{" + UUID + "(?:," + UUID + ")*\\}'");

    private PgbenchComparison() {
    }

    record Comparison(String scenario, int statements, double appPerSecond, double sqlPerSecond, String script, String note) {
    }

    static List<Comparison> run(Options options, Targets targets, List<LoadRun.Line> lines) throws Exception {
        List<Comparison> comparisons = new ArrayList<>();
        String caseId = targets.casesLedBy("frontline", 1).stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("no case led by frontline"));
        String staffId = targets.staffId("frontline");
        Session session = Session.signIn(options.appUrl, "frontline", "frontline");
        session.fetch("/cases/" + caseId); // warm: the first request of a session may do more
        session.fetch("/cases");
        Path dir = Path.of(options.report).toAbsolutePath().getParent();
        try (Connection db = DriverManager.getConnection(options.dbUrl, options.dbUser, options.dbPassword);
                Statement sql = db.createStatement()) {
            if (!"on".equals(single(sql, "show logging_collector"))) {
                throw new IllegalStateException("PostgreSQL's logging collector is off, so the app's statements cannot be "
                        + "captured (bench/run --pgbench turns it on for the bench database and restarts it)");
            }
            Path log = Path.of(single(sql, "show data_directory")).resolve(single(sql, "select pg_current_logfile()"));
            sql.execute("alter system set log_statement = 'all'");
            sql.execute("select pg_reload_conf()");
            Thread.sleep(1000);
            try {
                Map<String, String> requests = new LinkedHashMap<>();
                requests.put("case-page", "/cases/" + caseId);
                requests.put("my-cases", "/cases");
                for (var request : requests.entrySet()) {
                    long from = Files.size(log);
                    session.fetch(request.getValue());
                    Thread.sleep(1500); // the log collector writes asynchronously
                    List<String> statements = statements(read(log, from), caseId, staffId);
                    String script = String.join("\n", statements) + "\n";
                    Path file = dir.resolve("pgbench-" + request.getKey() + ".sql");
                    Files.writeString(file, "-- " + request.getValue() + " as frontline, captured " + java.time.Instant.now()
                            + "; variables :case_id, :staff_id\n" + script);
                    comparisons.add(new Comparison(request.getKey(), statements.size(), appMax(lines, request.getKey()), 0,
                            file.toString(), ""));
                }
            } finally {
                sql.execute("alter system reset log_statement");
                sql.execute("select pg_reload_conf()");
            }
        }
        List<Comparison> measured = new ArrayList<>();
        for (Comparison c : comparisons) {
            double tps = pgbench(options, Path.of(c.script()), caseId, staffId);
            measured.add(new Comparison(c.scenario(), c.statements(), c.appPerSecond(), tps, c.script(), ""));
        }
        return measured;
    }

    private static double appMax(List<LoadRun.Line> lines, String scenario) {
        return lines.stream().filter(l -> l.scenario().name().equals(scenario) && l.mode().startsWith("max") && l.result() != null)
                .mapToDouble(l -> l.result().achievedPerSecond()).findFirst().orElse(Double.NaN);
    }

    /** The statements logged since {@code from}, as pgbench commands: parameters inlined, the ids made variables. */
    static List<String> statements(List<String> logLines, String caseId, String staffId) {
        List<String[]> entries = new ArrayList<>(); // level, message, server process
        for (String line : logLines) {
            Matcher m = ENTRY.matcher(line);
            if (m.matches()) {
                entries.add(new String[] {m.group(2), m.group(3), m.group(1)});
            } else if (!entries.isEmpty() && (line.startsWith("\t") || line.startsWith(" "))) {
                String[] last = entries.get(entries.size() - 1);
                last[1] = last[1] + " " + line.strip();
            }
        }
        List<Logged> logged = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            if (!entries.get(i)[0].equals("LOG")) {
                continue;
            }
            Matcher m = EXECUTE.matcher(entries.get(i)[1]);
            if (!m.matches()) {
                continue;
            }
            String text = m.group(1).strip();
            if (i + 1 < entries.size() && entries.get(i + 1)[0].equals("DETAIL") && entries.get(i + 1)[1].startsWith("Parameters:")) {
                Map<Integer, String> values = new LinkedHashMap<>();
                Matcher p = PARAMETER.matcher(entries.get(i + 1)[1]);
                while (p.find()) {
                    values.put(Integer.parseInt(p.group(1)), p.group(2));
                }
                for (int n = values.size(); n >= 1; n--) {
                    text = text.replace("$" + n, values.getOrDefault(n, "NULL"));
                }
            }
            String lower = text.toLowerCase(Locale.ROOT);
            if (text.isBlank() || lower.startsWith("set ") || lower.startsWith("show ") || lower.contains("pg_reload_conf")
                    || lower.contains("pg_current_logfile")) {
                continue;
            }
            logged.add(new Logged(entries.get(i)[2], text.replace('\n', ' ')));
        }
        List<String> statements = theRequests(logged, caseId, staffId);
        // Ids read elsewhere in the request stay; new ids the request makes for its inserts (audit rows) are made afresh.
        Set<String> read = new HashSet<>(Set.of("'" + caseId + "'", "'" + staffId + "'"));
        for (String s : statements) {
            if (!s.toLowerCase(Locale.ROOT).startsWith("insert")) {
                Matcher m = UUID_LITERAL.matcher(s);
                while (m.find()) {
                    read.add(m.group());
                }
            }
        }
        List<String> script = new ArrayList<>();
        for (String s : statements) {
            if (s.toLowerCase(Locale.ROOT).startsWith("insert")) {
                s = UUID_LITERAL.matcher(s).replaceAll(r -> read.contains(r.group()) ? Matcher.quoteReplacement(r.group())
                        : "gen_random_uuid()");
                s = UUID_ARRAY_LITERAL.matcher(s).replaceAll(r -> newIds(r.group(), read));
            }
            // pgbench's own variables (:name, not psql's quoted :'name'), sent as parameters under -M prepared and typed by
            // PostgreSQL from where they stand, as the app's are (a uuid in a comparison, text in set_config).
            s = s.replace("'" + caseId + "'", ":case_id").replace("'" + staffId + "'", ":staff_id");
            script.add(s + ";");
        }
        return script;
    }

    private record Logged(String process, String text) {
    }

    /**
     * The request's own statements: other sessions log beside it (the audit trail's sealing every ten seconds, a
     * scheduled rebuild), sometimes on a connection the request used a moment before. A transaction is the request's
     * when it names the case or the worker; a statement outside one, when its connection ran such a transaction or
     * statement too (the pool's reset at checkout, the request filter's reads).
     */
    private static List<String> theRequests(List<Logged> logged, String caseId, String staffId) {
        List<List<Integer>> units = new ArrayList<>();
        Map<String, List<Integer>> open = new HashMap<>();
        for (int i = 0; i < logged.size(); i++) {
            String process = logged.get(i).process();
            String text = logged.get(i).text().strip().toUpperCase(Locale.ROOT);
            List<Integer> unit = open.get(process);
            if (unit == null) {
                unit = new ArrayList<>();
                units.add(unit);
                if (text.equals("BEGIN")) {
                    open.put(process, unit);
                }
            } else if (text.equals("COMMIT") || text.equals("ROLLBACK")) {
                open.remove(process);
            }
            unit.add(i);
        }
        Set<String> requestProcesses = new HashSet<>();
        List<List<Integer>> naming = new ArrayList<>();
        for (List<Integer> unit : units) {
            if (unit.stream().map(logged::get).anyMatch(l -> l.text().contains(caseId) || l.text().contains(staffId))) {
                naming.add(unit);
                requestProcesses.add(logged.get(unit.get(0)).process());
            }
        }
        Set<Integer> kept = new HashSet<>();
        for (List<Integer> unit : units) {
            boolean alone = unit.size() == 1;
            if (naming.contains(unit) || (alone && requestProcesses.contains(logged.get(unit.get(0)).process()))) {
                kept.addAll(unit);
            }
        }
        List<String> statements = new ArrayList<>();
        for (int i = 0; i < logged.size(); i++) {
            if (kept.contains(i)) {
                statements.add(logged.get(i).text());
            }
        }
        return statements;
    }

    /** An array of ids none of which was read elsewhere: as many fresh ones; else the array as it was. */
    private static String newIds(String array, Set<String> read) {
        String[] ids = array.substring(2, array.length() - 2).split(",");
        for (String id : ids) {
            if (read.contains("'" + id + "'")) {
                return Matcher.quoteReplacement(array);
            }
        }
        return "array(select gen_random_uuid() from generate_series(1, " + ids.length + "))";
    }

    private static double pgbench(Options options, Path script, String caseId, String staffId) throws IOException, InterruptedException {
        URI uri = URI.create(options.dbUrl.substring("jdbc:".length()));
        String database = uri.getPath().substring(1);
        List<String> command = List.of("pgbench", "-n", "-M", "prepared", "-h", uri.getHost(), "-p",
                String.valueOf(uri.getPort() < 0 ? 5432 : uri.getPort()), "-U", options.dbAppUser, "-c",
                String.valueOf(options.maxConnections), "-j", "2", "-T", String.valueOf(Math.max(5, options.duration.toSeconds())),
                "-D", "case_id=" + caseId, "-D", "staff_id=" + staffId, "-f", script.toString(), database);
        LoadRun.log("pgbench: " + String.join(" ", command));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", options.dbAppPassword); // as the app: the wall holds its statements
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int status = process.waitFor();
        Matcher tps = Pattern.compile("tps = ([\\d.]+) \\(without initial connection time\\)").matcher(output);
        if (status != 0 || !tps.find()) {
            throw new IllegalStateException("pgbench failed (" + status + "): " + output.lines().limit(15).toList());
        }
        String failed = output.lines().filter(l -> l.contains("number of failed transactions")).findFirst().orElse("");
        if (!failed.isBlank() && !failed.contains(": 0 ")) {
            throw new IllegalStateException("pgbench: " + failed);
        }
        return Double.parseDouble(tps.group(1));
    }

    private static List<String> read(Path file, long from) throws IOException {
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            in.seek(from);
            byte[] bytes = new byte[(int) (in.length() - from)];
            in.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8).lines().toList();
        }
    }

    private static String single(Statement sql, String query) throws SQLException {
        try (ResultSet rs = sql.executeQuery(query)) {
            rs.next();
            return rs.getString(1);
        }
    }

    static String markdown(List<Comparison> comparisons) {
        StringBuilder out = new StringBuilder("\n## The same SQL through pgbench\n\n");
        out.append("The statements the app issued for one request (PostgreSQL's statement log), replayed by pgbench at the ")
                .append("max-throughput run's concurrency (one case id; the app's run cycles through the worker's cases). ")
                .append("Target for the case page: the app at least half its SQL's throughput.\n\n");
        out.append("| request | statements | app max/s | pgbench tps | app / SQL | script |\n| --- | ---: | ---: | ---: | ---: | --- |\n");
        for (Comparison c : comparisons) {
            out.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.2f | %s |%n", c.scenario(), c.statements(),
                    c.appPerSecond(), c.sqlPerSecond(), c.appPerSecond() / c.sqlPerSecond(), c.script()));
        }
        return out.toString();
    }
}
