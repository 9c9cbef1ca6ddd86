package org.placeworks.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.placeworks.insight.Figure.Shown;

class FigureTest {

    @Test
    void aFigureIsWrittenForItsUnit() {
        assertThat(Figure.count(1234).text()).isEqualTo("1,234");
        assertThat(Figure.exact(12.345, Unit.RATE_PER_1000).text()).isEqualTo("12.3");
        assertThat(Figure.exact(45.04, Unit.PERCENT).text()).isEqualTo("45.0%");
        assertThat(Figure.exact(123450, Unit.PENCE).text()).isEqualTo("£1,234.50");
        assertThat(Figure.exact(12, Unit.DAYS).text()).isEqualTo("12.0 days");
        assertThat(Figure.exact(1.234, Unit.RATIO).text()).isEqualTo("1.23");
        assertThat(Figure.none(Unit.DAYS).text()).isEqualTo("no data");
    }

    @Test
    void aSuppressedFigureNeverCarriesItsValue() {
        Figure hidden = new Figure(3.0, Unit.COUNT, Shown.FEWER_THAN_FIVE);
        assertThat(hidden.value()).isNull();
        assertThat(hidden.number()).isNull();
        assertThat(hidden.text()).isEqualTo("fewer than 5");
        assertThat(Figure.count(40).withheld().value()).isNull();
        assertThat(Figure.count(40).withheld().text()).isEqualTo("withheld");
    }

    @Test
    void aFigureWorkedOutFromAHiddenCountIsHiddenWithIt() {
        Figure few = Figure.count(3);
        assertThat(Figure.derived(few, 11.1, Unit.RATE_PER_1000).state()).isEqualTo(Shown.FEWER_THAN_FIVE);
        assertThat(Figure.derived(Figure.count(40).withheld(), 50, Unit.PERCENT).state()).isEqualTo(Shown.WITHHELD);
        assertThat(Figure.derived(Figure.count(40), 148.148, Unit.RATE_PER_1000).text()).isEqualTo("148.1");
        assertThat(Figure.derived(Figure.count(40), Double.NaN, Unit.PERCENT).state()).isEqualTo(Shown.NONE);
    }

    @Test
    void aWithheldFigureKeepsAnEarlierReason() {
        assertThat(Figure.count(2).withheld().state()).isEqualTo(Shown.FEWER_THAN_FIVE);
    }

    @Test
    void moneyIsReadByMachinesInPounds() {
        assertThat(Figure.exact(4000, Unit.PENCE).number()).isEqualTo(40.0);
    }

    @Test
    void aShownFigureNeedsAFiniteValue() {
        assertThatThrownBy(() -> Figure.exact(Double.POSITIVE_INFINITY, Unit.NUMBER)).isInstanceOf(IllegalArgumentException.class);
    }
}
