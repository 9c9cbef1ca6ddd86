package org.placeworks.bench.load;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/** The markdown report: one row per run, with the target beside the figures. */
final class Report {

    private Report() {
    }

    static String summary(FixedRate.Result r, CpuUse cpu) {
        return String.format(Locale.ROOT, "%d sent, %.1f/s, p50 %s, p99 %s, max %s ms, %d errors, %d unsent, CPU a request: app %s "
                + "(of which the JIT's %s), PostgreSQL %s ms%s", r.sent(), r.achievedPerSecond(), ms(r.percentileMillis(50)),
                ms(r.percentileMillis(99)), ms(r.maxMillis()), r.errors(), r.unsent(), ms(CpuUse.perRequest(cpu.appMillis(), r.sent())),
                ms(CpuUse.perRequest(cpu.jitMillis(), r.sent())), ms(CpuUse.perRequest(cpu.databaseMillis(), r.sent())),
                r.errorSamples().isEmpty() ? "" : " (first error: " + r.errorSamples().get(0) + ")");
    }

    static String markdown(List<LoadRun.Line> lines, Options options, Instant started) {
        StringBuilder out = new StringBuilder();
        out.append("# Placeworks load benchmark\n\n");
        out.append("Run ").append(started.truncatedTo(ChronoUnit.SECONDS)).append(" against ").append(options.appUrl)
                .append(options.label.isBlank() ? "" : " (" + options.label + ")").append("; ")
                .append(options.duration.toSeconds()).append(" s measured after ").append(options.warmup.toSeconds())
                .append(" s warm-up").append(options.appPid == null || options.jitSettle.isZero() ? ""
                        : ", then more while the app's JIT compilers were at work over a tenth of the time (at most "
                                + options.jitSettle.toSeconds() + " s)")
                .append("; fixed-rate runs over ").append(options.connections).append(" connections, latency from each ")
                .append("request's intended start (no coordinated omission). Max-throughput runs are closed loops ")
                .append("(latency from sending). Errors: any answer but the expected status (200; 303 to the new case for ")
                .append("the referral), and failed connections. Unsent: due, but not sent within the grace period. CPU a ")
                .append("request: the CPU time the app's JVM (given by --app-pid) and PostgreSQL's processes used during the run, ")
                .append("divided by the requests answered; of the app's, the part its JIT compiler threads used.\n\n");
        out.append("| scenario | run | achieved/s | p50 ms | p90 ms | p99 ms | p99.9 ms | max ms | sent | errors | unsent "
                + "| app CPU ms/request | of which JIT | PostgreSQL CPU ms/request | target | met? |\n");
        out.append("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |\n");
        for (LoadRun.Line line : lines) {
            FixedRate.Result r = line.result();
            Scenario s = line.scenario();
            if (r == null) {
                out.append("| ").append(s.name()).append(" | not run: ").append(String.valueOf(line.note()).replace("|", "/").replace("\n", " "))
                        .append(" | | | | | | | | | | | | | ").append(s.target()).append(" | no |\n");
                continue;
            }
            out.append(String.format(Locale.ROOT, "| %s | %s | %.1f | %s | %s | %s | %s | %s | %d | %d | %d | %s | %s | %s | %s | %s |%n",
                    s.name(), line.mode(), r.achievedPerSecond(), ms(r.percentileMillis(50)), ms(r.percentileMillis(90)),
                    ms(r.percentileMillis(99)), ms(r.percentileMillis(99.9)), ms(r.maxMillis()), r.sent(), r.errors(), r.unsent(),
                    ms(CpuUse.perRequest(line.cpu().appMillis(), r.sent())), ms(CpuUse.perRequest(line.cpu().jitMillis(), r.sent())),
                    ms(CpuUse.perRequest(line.cpu().databaseMillis(), r.sent())),
                    s.target(), verdict(line)));
        }
        lines.stream().filter(l -> l.result() != null && !l.result().errorSamples().isEmpty()).forEach(l -> out.append("\n")
                .append(l.scenario().name()).append(" (").append(l.mode()).append(") first errors: ")
                .append(String.join("; ", l.result().errorSamples())));
        out.append("\n");
        return out.toString();
    }

    /** Whether this run meets the part of the target it can speak to; "-" when it speaks to none. */
    static String verdict(LoadRun.Line line) {
        FixedRate.Result r = line.result();
        Scenario s = line.scenario();
        boolean clean = r.errors() == 0 && r.unsent() == 0;
        if (line.mode().startsWith("max")) {
            return s.throughputTarget() == null ? "-" : (clean && r.achievedPerSecond() >= s.throughputTarget() ? "yes" : "no");
        }
        if (s.p99TargetMillis() == null) {
            return clean ? "-" : "no (errors)";
        }
        boolean atRate = r.rate() >= s.defaultRate();
        boolean met = clean && r.percentileMillis(99) <= s.p99TargetMillis();
        return (met ? "yes" : "no") + (atRate ? "" : " (below the target's rate)");
    }

    static String ms(double millis) {
        if (Double.isNaN(millis)) {
            return "-";
        }
        return millis >= 100 ? String.format(Locale.ROOT, "%,.0f", millis) : String.format(Locale.ROOT, "%.1f", millis);
    }
}
