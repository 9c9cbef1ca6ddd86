package org.placeworks.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The harness's CPU accounting reads a process's time from /proc in milliseconds. */
class CpuUseTest {

    @Test
    void theCpuThisProcessSpendsIsCountedInMilliseconds() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long pid = ProcessHandle.current().pid();
        CpuUse before = CpuUse.now(pid);
        long start = threads.getCurrentThreadCpuTime();
        long spin = 0;
        while (threads.getCurrentThreadCpuTime() - start < 300_000_000L) {
            spin += Long.numberOfTrailingZeros(spin + System.nanoTime());
        }
        CpuUse used = CpuUse.now(pid).since(before);
        // At least this thread's 300 ms (less one tick of /proc's 10 ms), and not wildly more: other threads of the
        // test JVM may run meanwhile, but not for seconds.
        assertThat(used.appMillis()).as("spun %d", spin).isBetween(290L, 3_000L);
        assertThat(used.databaseMillis()).isNotNegative();
        // This JVM's compilers may or may not have worked meanwhile; what they used is part of the process's time.
        assertThat(used.jitMillis()).isNotNegative().isLessThanOrEqualTo(used.appMillis());
    }

    /** A process's threads as Linux lists them: only the JIT compiler threads' time is the JIT's. */
    @Test
    void theJitsTimeIsItsCompilerThreadsAlone(@TempDir Path proc) throws IOException {
        thread(proc, 101, "C2 CompilerThre", 700, 50);
        thread(proc, 102, "C1 CompilerThre", 120, 30);
        thread(proc, 103, "executor-thread", 4_000, 900);
        thread(proc, 104, "vert.x-eventloo", 300, 200);

        // Ticks of 10 ms: (700 + 50) + (120 + 30).
        assertThat(CpuUse.compilerMillis(proc)).isEqualTo(9_000);
        assertThat(CpuUse.compilerMillis(proc.resolve("gone"))).isEqualTo(-1);
    }

    private static void thread(Path tasks, int id, String name, long userTicks, long systemTicks) throws IOException {
        Path thread = Files.createDirectories(tasks.resolve(Integer.toString(id)));
        Files.writeString(thread.resolve("comm"), name + "\n");
        // /proc/<pid>/task/<tid>/stat: pid (comm) state, then utime and stime as the 14th and 15th fields.
        Files.writeString(thread.resolve("stat"), id + " (" + name + ") S 1 1 1 0 -1 4194368 2000 0 0 0 " + userTicks + " "
                + systemTicks + " 0 0 20 0 40 0 100 0 0\n");
    }

    @Test
    void aProcessThatIsNotThereIsUnknownNotZero() {
        CpuUse gone = CpuUse.now(Long.MAX_VALUE);
        assertThat(gone.appMillis()).isEqualTo(-1);
        assertThat(gone.jitMillis()).isEqualTo(-1);
        assertThat(gone.since(CpuUse.now(null)).jitMillis()).isEqualTo(-1);
        assertThat(gone.since(CpuUse.now(null)).appMillis()).isEqualTo(-1);
        assertThat(CpuUse.perRequest(gone.appMillis(), 100)).isNaN();
        assertThat(CpuUse.perRequest(1_500, 100)).isEqualTo(15.0);
    }
}
