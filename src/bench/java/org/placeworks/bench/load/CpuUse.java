package org.placeworks.bench.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The CPU the app and PostgreSQL used during a run, read from Linux's /proc (user and system time). On a shared
 * machine the throughput of the same code varies by a third from run to run; the CPU a request costs varies far less,
 * so a change too small to see in requests a second can still be seen in milliseconds of CPU a request.
 *
 * @param appMillis the app's JVM (the process given by {@code --app-pid}), or -1 when not given or gone
 * @param databaseMillis every process named {@code postgres} (the server and its backends; a backend that ends
 *        during the run takes its time with it, but the app's pool keeps its connections)
 * @param jitMillis the part of {@code appMillis} the app's JIT compiler threads used, or -1 when unknown. On 2 cores
 *        the compilers are at work for minutes of a fresh app's load, and their time is in the app's: this says how
 *        much of a request's CPU was the JIT's rather than the request's own
 */
record CpuUse(long appMillis, long databaseMillis, long jitMillis) {

    /** Linux's USER_HZ, the unit of /proc's times: 100 on every architecture Linux runs Java on. */
    private static final long TICKS_PER_SECOND = 100;

    /** HotSpot's compiler threads, as Linux names them (a thread's name cut to 15 characters): "C2 CompilerThread0". */
    private static final Pattern COMPILER_THREAD = Pattern.compile("C[12] CompilerThre.*");

    static CpuUse now(Long appPid) {
        if (appPid == null) {
            return new CpuUse(-1, postgresMillis(), -1);
        }
        Path process = Path.of("/proc", appPid.toString());
        return new CpuUse(millis(process.resolve("stat")), postgresMillis(), compilerMillis(process.resolve("task")));
    }

    /** What was used between {@code before} and this reading. */
    CpuUse since(CpuUse before) {
        return new CpuUse(difference(appMillis, before.appMillis), databaseMillis - before.databaseMillis,
                difference(jitMillis, before.jitMillis));
    }

    private static long difference(long now, long before) {
        return now < 0 || before < 0 ? -1 : now - before;
    }

    /**
     * The CPU of the JIT compiler threads among a process's threads ({@code /proc/<pid>/task}); -1 when unreadable.
     * HotSpot never stops the first compiler thread of each kind (on 2 cores, the only ones), so their time is not
     * lost with a thread that ends between two readings.
     */
    static long compilerMillis(Path tasks) {
        return millisOfNamed(tasks, name -> COMPILER_THREAD.matcher(name).matches());
    }

    /** Milliseconds a request, or NaN when unknown. */
    static double perRequest(long millis, long requests) {
        return millis < 0 || requests == 0 ? Double.NaN : (double) millis / requests;
    }

    private static long postgresMillis() {
        return millisOfNamed(Path.of("/proc"), "postgres"::equals);
    }

    /**
     * The summed time of the processes (or a process's threads) listed in {@code folder} whose name Linux gives
     * ({@code comm}) is {@code named}; -1 when the folder cannot be listed.
     */
    private static long millisOfNamed(Path folder, Predicate<String> named) {
        try (Stream<Path> listed = Files.list(folder)) {
            return listed.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .filter(p -> named.test(name(p))).mapToLong(p -> Math.max(0, millis(p.resolve("stat")))).sum();
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static String name(Path process) {
        try {
            return Files.readString(process.resolve("comm")).strip();
        } catch (IOException e) {
            return ""; // ended while listed
        }
    }

    /** utime + stime of one process; -1 when it cannot be read (gone, or not Linux). */
    private static long millis(Path stat) {
        try {
            String line = Files.readString(stat);
            // The command name, in parentheses, may hold spaces: count fields after its closing one.
            String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            return ticks * 1000 / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
