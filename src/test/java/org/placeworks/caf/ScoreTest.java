package org.placeworks.caf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScoreTest {

    @ParameterizedTest
    @ValueSource(ints = { 1, 5, 10 })
    void aScoreOnTheScaleIsKept(int value) {
        assertThat(Score.of(value)).contains(new Score(value));
    }

    @ParameterizedTest
    @ValueSource(ints = { -1, 0, 11, 100 })
    void aScoreOffTheScaleCannotBeMade(int value) {
        assertThat(Score.of(value)).isEmpty();
        assertThatThrownBy(() -> new Score(value)).isInstanceOf(IllegalArgumentException.class);
    }

    @org.junit.jupiter.api.Test
    void noChoiceIsNoScore() {
        assertThat(Score.of(null)).isEmpty();
    }
}
