package org.placeworks.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.placeworks.insight.Figure.Shown;

class SuppressionTest {

    private static Map<String, Long> counts(Object... keyAndCount) {
        Map<String, Long> m = new LinkedHashMap<>();
        for (int i = 0; i < keyAndCount.length; i += 2) {
            m.put((String) keyAndCount[i], ((Number) keyAndCount[i + 1]).longValue());
        }
        return m;
    }

    @Test
    void countsUnderFiveZeroIncludedAreFewerThanFive() {
        Map<String, Figure> f = Suppression.counts(counts("a", 0, "b", 4, "c", 5, "d", 120), Map.of());
        assertThat(f.get("a").state()).isEqualTo(Shown.FEWER_THAN_FIVE);
        assertThat(f.get("b").state()).isEqualTo(Shown.FEWER_THAN_FIVE);
        assertThat(f.get("c").text()).isEqualTo("5");
        assertThat(f.get("d").text()).isEqualTo("120");
        assertThat(f.get("b").value()).isNull();
    }

    @Test
    void aSingleHiddenPartOfAShownTotalTakesTheNextSmallestWithIt() {
        // Ward 40 = 3 + 7 + 30: alone, 3 = 40 - 7 - 30, so 7 (the smallest shown part) is withheld too.
        Map<String, Figure> f = Suppression.counts(counts("ward", 40, "n1", 3, "n2", 7, "n3", 30),
                Map.of("ward", List.of("n1", "n2", "n3")));
        assertThat(f.get("n1").state()).isEqualTo(Shown.FEWER_THAN_FIVE);
        assertThat(f.get("n2").state()).isEqualTo(Shown.WITHHELD);
        assertThat(f.get("n3").text()).isEqualTo("30");
        assertThat(f.get("ward").text()).isEqualTo("40");
    }

    @Test
    void twoHiddenPartsNeedNoMore() {
        Map<String, Figure> f = Suppression.counts(counts("ward", 40, "n1", 3, "n2", 2, "n3", 35),
                Map.of("ward", List.of("n1", "n2", "n3")));
        assertThat(f.get("n3").shown()).isTrue();
        assertThat(f.get("ward").shown()).isTrue();
    }

    @Test
    void aHiddenTotalWithEveryPartShownHidesAPart() {
        // A total under 5 means its parts are too; but a total of 4 with parts 0 and 4 in a relation of one part:
        // total 6 from parts 6 alone is shown; total 3 from one part 3: both hidden already.
        Map<String, Figure> f = Suppression.counts(counts("total", 3, "only", 3), Map.of("total", List.of("only")));
        assertThat(f.get("total").shown()).isFalse();
        assertThat(f.get("only").shown()).isFalse();
    }

    @Test
    void withholdingSpreadsUpAndDownTheTree() {
        // Locality 100 = Northgate 94 + Southbank 6; Southbank 6 = Riverside 2 + Station Road 4 (both hidden: fine).
        // Northgate 94 = Mill Lane 3 + Castle Hill 91: Mill Lane hidden alone, so Castle Hill is withheld too.
        // Northgate itself stays shown (two hidden of its parts), and so does the locality.
        Map<String, Long> c = counts("town", 100, "northgate", 94, "southbank", 6, "mill", 3, "castle", 91, "riverside", 2,
                "station", 4);
        Map<String, List<String>> sums = new LinkedHashMap<>();
        sums.put("town", List.of("northgate", "southbank"));
        sums.put("northgate", List.of("mill", "castle"));
        sums.put("southbank", List.of("riverside", "station"));
        Map<String, Figure> f = Suppression.counts(c, sums);
        assertThat(f.get("castle").state()).isEqualTo(Shown.WITHHELD);
        assertThat(f.get("northgate").shown()).isTrue();
        assertThat(f.get("southbank").shown()).isTrue();
        assertThat(f.get("town").shown()).isTrue();
    }

    @Test
    void aWithheldWardHidesOneOfItsNeighbourhoodsToo() {
        // Town 50 = North 46 + South 4: South is hidden, so North (the smallest shown part) is withheld. North 46 =
        // a 20 + b 26: with North withheld alone among its sum, a (the smaller) must go too.
        Map<String, Long> c = counts("town", 50, "north", 46, "south", 4, "a", 20, "b", 26, "s1", 4);
        Map<String, List<String>> sums = new LinkedHashMap<>();
        sums.put("town", List.of("north", "south"));
        sums.put("north", List.of("a", "b"));
        sums.put("south", List.of("s1"));
        Map<String, Figure> f = Suppression.counts(c, sums);
        assertThat(f.get("north").state()).isEqualTo(Shown.WITHHELD);
        assertThat(f.get("a").state()).isEqualTo(Shown.WITHHELD);
        assertThat(f.get("b").shown()).isTrue();
        assertThat(f.get("town").shown()).isTrue();
        // Every sum is left with none or at least two hidden figures.
        for (Map.Entry<String, List<String>> sum : sums.entrySet()) {
            long hidden = java.util.stream.Stream.concat(java.util.stream.Stream.of(sum.getKey()), sum.getValue().stream())
                    .filter(k -> !f.get(k).shown()).count();
            assertThat(hidden).as(sum.getKey()).isNotEqualTo(1);
        }
    }

    @Test
    void amountsAreHiddenWhereTheirCountsAre() {
        Map<String, Figure> grants = Suppression.counts(counts("total", 12, "glasses", 2, "uniform", 4, "travel", 6),
                Map.of("total", List.of("glasses", "uniform", "travel")));
        Map<String, Figure> money = Suppression.follow(grants, counts("total", 90000, "glasses", 8000, "uniform", 12000,
                "travel", 70000), Unit.PENCE);
        assertThat(money.get("glasses").shown()).isFalse();
        assertThat(money.get("uniform").shown()).isFalse();
        assertThat(money.get("travel").text()).isEqualTo("£700.00");
        assertThat(money.get("total").text()).isEqualTo("£900.00");
    }
}
