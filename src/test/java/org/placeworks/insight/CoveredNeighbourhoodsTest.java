package org.placeworks.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.placeworks.geography.AreaKind;
import org.placeworks.geography.AreaView;
import org.placeworks.geography.Coverage;

/** A ground's neighbourhoods are worked out once for each copy of the area tree, and never answered from an older copy. */
class CoveredNeighbourhoodsTest {

    private static final UUID WARD = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID NORTHGATE = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final UUID SOUTHBANK = UUID.fromString("00000000-0000-0000-0000-000000000002");

    private final CoveredNeighbourhoods covered = new CoveredNeighbourhoods();

    private static List<AreaView> tree(String northgate) {
        return List.of(new AreaView(WARD, AreaKind.WARD, "W1", 2021, "Castle", null, null, null, null, null, false, 1),
                new AreaView(SOUTHBANK, AreaKind.NEIGHBOURHOOD, "N2", 2021, "Southbank", WARD, "Castle", 1, 1300, 220, false, 1),
                new AreaView(NORTHGATE, AreaKind.NEIGHBOURHOOD, "N1", 2021, northgate, WARD, "Castle", 3, 2400, 410, false, 1));
    }

    private static Coverage only(UUID... neighbourhoods) {
        return new Coverage(Set.of(neighbourhoods), Set.of(), false);
    }

    @Test
    void theSameCopyAndGroundAnswerTheSameListInOrder() {
        List<AreaView> copy = tree("Northgate");
        List<InsightPlace> first = covered.of(copy, only(NORTHGATE, SOUTHBANK));

        assertThat(first).extracting(InsightPlace::name).containsExactly("Northgate", "Southbank");
        assertThat(covered.of(copy, only(SOUTHBANK, NORTHGATE))).as("an equal ground, made afresh").isSameAs(first);
        assertThat(covered.of(copy, only(SOUTHBANK))).extracting(InsightPlace::name).containsExactly("Southbank");
        assertThat(covered.of(copy, Coverage.EVERYWHERE)).hasSize(2);
    }

    @Test
    void aNewCopyOfTheTreeIsWorkedOutAgain() {
        covered.of(tree("Northgate"), only(NORTHGATE));

        assertThat(covered.of(tree("Northgate Park"), only(NORTHGATE))).extracting(InsightPlace::name)
                .containsExactly("Northgate Park");
    }
}
