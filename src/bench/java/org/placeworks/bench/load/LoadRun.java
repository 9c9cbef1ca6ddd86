package org.placeworks.bench.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The load harness: for each scenario, signs in as its user through Keycloak's login page (or takes a bearer
 * token for the API), picks its target records from the database, warms up, then holds a fixed arrival rate
 * for the duration and reports throughput and latency percentiles measured from each request's intended start
 * (see {@link FixedRate}). With {@code --max}, also a closed-loop run for the throughput targets.
 * Prints a markdown report and writes it to {@code --report}.
 */
public final class LoadRun {

    /** Scenarios whose max throughput bench/pgbench/run sets beside the same SQL through pgbench. */
    static final java.util.Set<String> COMPARED_WITH_PGBENCH = java.util.Set.of("case-page", "my-cases");

    /** A backlog the sealer clears in one run (its batch): what requests add while the app is in use. */
    private static final long SEALED_ENOUGH = 20_000;
    /** Unrecorded time at the measured rate between the warm-up and the measurement. */
    private static final Duration SETTLE = Duration.ofSeconds(3);
    /** One step of the warm-up that waits for the JIT. */
    private static final Duration JIT_STEP = Duration.ofSeconds(10);

    private LoadRun() {
    }

    /** One line of the report. */
    record Line(Scenario scenario, String mode, FixedRate.Result result, CpuUse cpu, String note) {
    }

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            // "@FILE": the arguments one a line (bench/run passes them so, since Maven's -Dexec.args with spaces trips
            // the Quarkus plugin's reading of the Maven command line).
            if (args.length == 1 && args[0].startsWith("@")) {
                args = Files.readAllLines(Path.of(args[0].substring(1))).stream().filter(l -> !l.isEmpty()).toArray(String[]::new);
            }
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        List<Scenario> chosen = new ArrayList<>();
        for (Scenario s : Scenario.all()) {
            if (options.list) {
                System.out.printf("%-14s %s (default %s/s; target %s)%n", s.name(), s.description(), fmt(s.defaultRate()), s.target());
            } else if (options.scenarios.isEmpty() || options.scenarios.contains(s.name())) {
                chosen.add(s);
            }
        }
        if (options.list) {
            return;
        }
        for (String name : options.scenarios) {
            if (Scenario.all().stream().noneMatch(s -> s.name().equals(name))) {
                System.err.println("unknown scenario " + name + "; --list names them");
                System.exit(2);
            }
        }
        List<Line> lines = new ArrayList<>();
        Instant started = Instant.now();
        try (Targets targets = new Targets(options.dbUrl, options.dbUser, options.dbPassword)) {
            awaitSealedAuditTrail(targets);
            for (Scenario scenario : chosen) {
                lines.addAll(run(scenario, targets, options));
            }
            String report = Report.markdown(lines, options, started);
            if (options.pgbench) {
                try {
                    report += PgbenchComparison.markdown(PgbenchComparison.run(options, targets, lines));
                } catch (Exception e) {
                    log("pgbench comparison failed: " + e);
                    report += "\n## The same SQL through pgbench\n\nNot run: " + e.getMessage() + "\n";
                }
            }
            finish(report, options, lines);
        }
    }

    /**
     * Waits (up to an hour) for the app to seal the audit entries a generated council brings: its first start chains
     * them in the background, 20,000 every 10 seconds (2.6 million at the million size, some 20 minutes), and a run
     * made meanwhile would measure the sealer too.
     */
    private static void awaitSealedAuditTrail(Targets targets) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofHours(1));
        for (long backlog = targets.unsealedAuditEntries(); backlog > SEALED_ENOUGH; backlog = targets.unsealedAuditEntries()) {
            if (Instant.now().isAfter(deadline)) {
                log("the audit trail is still being sealed (" + backlog + " entries to go): measuring anyway");
                return;
            }
            log("waiting for the app to seal the audit trail: " + backlog + " entries to go");
            Thread.sleep(15_000);
        }
    }

    private static void finish(String report, Options options, List<Line> lines) throws IOException {
        System.out.println();
        System.out.println(report);
        Path file = Path.of(options.report);
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        Files.writeString(file, report);
        System.out.println("Report written to " + file.toAbsolutePath());
        boolean failedToRun = lines.stream().anyMatch(l -> l.result() == null);
        System.exit(failedToRun ? 1 : 0);
    }

    private static List<Line> run(Scenario scenario, Targets targets, Options options) {
        List<Line> lines = new ArrayList<>();
        double rate = options.rate != null ? options.rate : scenario.defaultRate();
        log(scenario.name() + ": " + scenario.description());
        try {
            if (!options.maxOnly) {
                FixedRate.Call call = prepare(scenario, targets, options);
                if (!options.warmup.isZero()) {
                    // As fast as the app answers, not at the measured rate: at 10 a second, 5 s is 50 requests, too
                    // few for the JIT to compile the request's code (the dashboard at medium measured p50 24 ms after
                    // such a warm-up, 13 ms after 1,400 requests). Then a few seconds at the rate, to settle.
                    log(scenario.name() + ": warm-up " + options.warmup.toSeconds() + " s as fast as it answers over "
                            + options.maxConnections + " connections, then " + SETTLE.toSeconds() + " s at " + fmt(rate) + "/s");
                    FixedRate.closedLoop(options.warmup, options.maxConnections, call);
                    if (untilTheJitSettles(scenario, options, call)) {
                        call = prepare(scenario, targets, options); // a fresh sign-in: tokens live 5 minutes
                    }
                    FixedRate.run(rate, SETTLE, options.connections, Duration.ZERO, call);
                }
                log(scenario.name() + ": " + options.duration.toSeconds() + " s at " + fmt(rate) + "/s over "
                        + options.connections + " connections");
                CpuUse before = CpuUse.now(options.appPid);
                FixedRate.Result result = FixedRate.run(rate, options.duration, options.connections, grace(options), call);
                CpuUse cpu = CpuUse.now(options.appPid).since(before);
                lines.add(new Line(scenario, "fixed " + fmt(rate) + "/s", result, cpu, ""));
                log(scenario.name() + ": " + Report.summary(result, cpu));
            }
            if (options.max && (scenario.throughputTarget() != null || COMPARED_WITH_PGBENCH.contains(scenario.name()))) {
                // A fresh sign-in: the session of the fixed-rate run may be near its token's lifetime.
                FixedRate.Call call = prepare(scenario, targets, options);
                if (!options.warmup.isZero()) {
                    FixedRate.closedLoop(options.warmup, options.maxConnections, call);
                    if (untilTheJitSettles(scenario, options, call)) {
                        call = prepare(scenario, targets, options);
                    }
                }
                log(scenario.name() + ": max throughput, " + options.duration.toSeconds() + " s over "
                        + options.maxConnections + " connections");
                CpuUse before = CpuUse.now(options.appPid);
                FixedRate.Result result = FixedRate.closedLoop(options.duration, options.maxConnections, call);
                CpuUse cpu = CpuUse.now(options.appPid).since(before);
                lines.add(new Line(scenario, "max, " + options.maxConnections + " conn.", result, cpu, ""));
                log(scenario.name() + ": " + Report.summary(result, cpu));
            }
        } catch (Exception e) {
            log(scenario.name() + ": could not run: " + e);
            lines.add(new Line(scenario, "not run", null, null, e.getMessage()));
        }
        return lines;
    }

    /**
     * More of the closed loop, a step at a time, while the app's JIT compilers are at work for more than a tenth of it,
     * for at most {@code --jit-settle} seconds (see {@link JitActivity}: a fresh app compiles for minutes).
     * Whether it warmed up for more than two steps (long enough for the session's tokens to need a fresh sign-in).
     */
    private static boolean untilTheJitSettles(Scenario scenario, Options options, FixedRate.Call call) throws Exception {
        if (options.appPid == null || options.jitSettle.isZero()) {
            return false;
        }
        long startedAt = System.nanoTime();
        while (true) {
            JitActivity before = JitActivity.of(options.appPid);
            long stepStart = System.nanoTime();
            FixedRate.closedLoop(JIT_STEP, options.maxConnections, call);
            long wallMillis = (System.nanoTime() - stepStart) / 1_000_000;
            JitActivity after = JitActivity.of(options.appPid);
            String step = (after.millis() - before.millis()) + " ms of compiling in the last " + wallMillis / 1000 + " s";
            if (after.settled(before, wallMillis)) {
                log(scenario.name() + ": the JIT has settled (" + step + ")");
                return System.nanoTime() - startedAt > 2 * JIT_STEP.toNanos();
            }
            Duration spent = Duration.ofNanos(System.nanoTime() - startedAt);
            if (spent.compareTo(options.jitSettle) >= 0) {
                log(scenario.name() + ": the JIT is still compiling after " + spent.toSeconds() + " s more warm-up (" + step
                        + "): measuring anyway");
                return true;
            }
            log(scenario.name() + ": the JIT is still compiling (" + step + "): " + JIT_STEP.toSeconds() + " s more");
        }
    }

    /** Due requests are still sent for a quarter of the duration after it (at least 5 s): an overloaded app shows its backlog. */
    private static Duration grace(Options options) {
        Duration quarter = options.duration.dividedBy(4);
        return quarter.compareTo(Duration.ofSeconds(5)) < 0 ? Duration.ofSeconds(5) : quarter;
    }

    private static FixedRate.Call prepare(Scenario scenario, Targets targets, Options options) throws Exception {
        Session session = scenario.api()
                ? Session.withToken(options.appUrl, options.keycloakUrl, scenario.user(), scenario.user())
                : Session.signIn(options.appUrl, scenario.user(), scenario.user());
        return scenario.preparer().prepare(session, targets, options);
    }

    static String fmt(double value) {
        return value == Math.rint(value) ? String.format(Locale.ROOT, "%,d", (long) value) : String.format(Locale.ROOT, "%,.1f", value);
    }

    static void log(String message) {
        System.out.println("[bench-load] " + message);
    }

    static void writeQuietly(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            log("could not write " + file + ": " + e.getMessage());
        }
    }
}
