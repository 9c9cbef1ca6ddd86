package org.placeworks.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The harness reads how long a JVM's JIT compilers have been at work, and calls a step quiet under a tenth of its time. */
class JitActivityTest {

    @Test
    void thisJvmsCompilersHaveWorked() {
        JitActivity now = JitActivity.of(ProcessHandle.current().pid());
        // The test JVM has compiled its own start (JUnit, AssertJ) by now.
        assertThat(now.millis()).isPositive();
    }

    @Test
    void jstatsTimeColumnIsRead() {
        String out = """
                Compiled Failed Invalid   Time   FailedType FailedMethod
                   21201      0       0   211.58          0
                """;
        assertThat(JitActivity.parse(out)).isEqualTo(211_580);
        assertThat(JitActivity.parse("21201 0 0 211.58")).isEqualTo(-1);
        assertThat(JitActivity.parse("Compiled Failed\n1 2")).isEqualTo(-1);
    }

    @Test
    void aStepIsQuietUnderATenthOfACore() {
        JitActivity before = new JitActivity(5_000);

        assertThat(new JitActivity(5_999).settled(before, 10_000)).isTrue();
        assertThat(new JitActivity(6_000).settled(before, 10_000)).isFalse();
        assertThat(new JitActivity(14_000).settled(before, 10_000)).isFalse();
    }

    @Test
    void unknownIsSettledSoTheRunGoesOn() {
        assertThat(JitActivity.of(null).millis()).isEqualTo(-1);
        assertThat(JitActivity.of(Long.MAX_VALUE).millis()).isEqualTo(-1);
        assertThat(new JitActivity(-1).settled(new JitActivity(5_000), 10_000)).isTrue();
        assertThat(new JitActivity(9_000).settled(new JitActivity(-1), 10_000)).isTrue();
    }
}
