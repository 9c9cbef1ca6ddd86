package org.placeworks.grant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Small-number suppression as a table: rows in (name:awards:pence), rows out (name:count:amount), largest first. */
class SmallNumbersTest {

    static Stream<Arguments> table() {
        return Stream.of(
                // Nothing small: every figure shown.
                Arguments.of("A:5:50000 B:7:30000", "A:5:£500.00 B:7:£300.00"),
                // One small row: its count and amount go, and the next smallest row goes too, or the total would give it away.
                Arguments.of("A:9:90000 B:6:40000 C:2:8000",
                        "A:9:£900.00 B:not shown, to protect a small number:not shown C:fewer than 5:not shown"),
                // Two small rows: neither can be worked out from the total, so nothing else is withheld.
                Arguments.of("A:9:90000 B:1:9500 C:4:12000",
                        "A:9:£900.00 C:fewer than 5:not shown B:fewer than 5:not shown"),
                // A single row that is small: suppressed; there is no other row to withhold.
                Arguments.of("A:3:15000", "A:fewer than 5:not shown"),
                // Exactly five is not small.
                Arguments.of("A:5:2000 B:5:1000", "A:5:£20.00 B:5:£10.00"),
                // Four is small; the withheld partner is the row with the fewest awards, not the least money.
                Arguments.of("A:6:1000 B:20:500 C:4:400",
                        "A:not shown, to protect a small number:not shown B:20:£5.00 C:fewer than 5:not shown"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("table")
    void publishesOnlyWhatCannotIdentifyAFamily(String in, String out) {
        List<SmallNumbers.Row> rows = Arrays.stream(in.split(" ")).map(r -> r.split(":"))
                .map(r -> new SmallNumbers.Row(r[0], Long.parseLong(r[1]), Long.parseLong(r[2]))).toList();
        List<String> published = SmallNumbers.suppress(rows).stream().map(b -> b.name() + ":" + b.count() + ":" + b.committed())
                .toList();
        assertThat(String.join(" ", published)).isEqualTo(out);
    }
}
