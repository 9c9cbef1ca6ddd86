package org.placeworks.bench.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * How long the app's JIT compilers have spent compiling so far, as {@code jstat -compiler} reports it (HotSpot's
 * {@code sun.ci.totalTime}: the elapsed time of every compilation, summed over the compiler threads).
 * <p>
 * Why: on 2 cores a freshly started app compiles for minutes under load. The load's request threads saturate both
 * cores, so the compiler threads get about a tenth of a core between them and the JIT's queue drains slowly
 * (2026-12-05: My cases' app CPU a request fell from 13.0 to 3.9 ms over the first four minutes of load, while the
 * compilers were at work for 207 of those 225 s). A run measured after a warm-up of 20 or 30 s measures the JIT as much
 * as the app. A warm-up can instead go on until the compilers are idle most of the time ({@link #settled}).
 *
 * @param millis compiling time so far, or -1 when unknown (no pid, no jstat, the process gone)
 */
record JitActivity(long millis) {

    /** Compilers at work for less than this share of a step count as settled. */
    static final double QUIET_SHARE = 0.10;

    static JitActivity of(Long appPid) {
        if (appPid == null) {
            return new JitActivity(-1);
        }
        try {
            Process jstat = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jstat").toString(), "-compiler",
                    appPid.toString()).redirectErrorStream(true).start();
            String out = new String(jstat.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!jstat.waitFor(10, TimeUnit.SECONDS) || jstat.exitValue() != 0) {
                return new JitActivity(-1);
            }
            return new JitActivity(parse(out));
        } catch (IOException | RuntimeException e) {
            return new JitActivity(-1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new JitActivity(-1);
        }
    }

    /** jstat -compiler's "Time" column (seconds) in milliseconds; -1 if the output is not the expected table. */
    static long parse(String jstatOutput) {
        String[] lines = jstatOutput.strip().split("\\R");
        if (lines.length < 2) {
            return -1;
        }
        String[] header = lines[0].trim().split("\\s+");
        String[] values = lines[1].trim().split("\\s+");
        for (int i = 0; i < header.length && i < values.length; i++) {
            if (header[i].equals("Time")) {
                try {
                    return Math.round(Double.parseDouble(values[i]) * 1000);
                } catch (NumberFormatException e) {
                    return -1;
                }
            }
        }
        return -1;
    }

    /** Whether the compilers were at work for less than {@link #QUIET_SHARE} of the {@code wallMillis} since {@code before}; unknown counts as settled. */
    boolean settled(JitActivity before, long wallMillis) {
        if (millis < 0 || before.millis < 0 || wallMillis <= 0) {
            return true;
        }
        return millis - before.millis < QUIET_SHARE * wallMillis;
    }
}
