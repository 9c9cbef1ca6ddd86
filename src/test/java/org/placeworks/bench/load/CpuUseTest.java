package org.placeworks.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.junit.jupiter.api.Test;

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
    }

    @Test
    void aProcessThatIsNotThereIsUnknownNotZero() {
        CpuUse gone = CpuUse.now(Long.MAX_VALUE);
        assertThat(gone.appMillis()).isEqualTo(-1);
        assertThat(gone.since(CpuUse.now(null)).appMillis()).isEqualTo(-1);
        assertThat(CpuUse.perRequest(gone.appMillis(), 100)).isNaN();
        assertThat(CpuUse.perRequest(1_500, 100)).isEqualTo(15.0);
    }
}
