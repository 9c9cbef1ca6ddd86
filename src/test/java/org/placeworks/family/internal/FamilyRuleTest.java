package org.placeworks.family.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The family rule as a table: whether an Early Intervention service of the reader covers where the family
 * lives, whether it still holds open work with a family that moved away, whether the family was shared.
 */
class FamilyRuleTest {

    @ParameterizedTest(name = "{0}: covers={1}, holds={2}, shared={3} -> {4}")
    @CsvSource({
        "Family Support in the family's boundary,                            true,  false, false, CHANGE",
        "covering the family and also on a case's Team,                      true,  false, true,  CHANGE",
        "the service whose case it is (the family moved out of its boundary), false, true,  false, CHANGE",
        "a Team member or lead professional from outside the boundary,       false, false, true,  READ",
        "a police officer on the panel (another strand) or another boundary, false, false, false, NONE",
    })
    void decides(String who, boolean earlyHelpCovers, boolean holds, boolean shared, FamilyRule.Sight expected) {
        assertThat(FamilyRule.decide(earlyHelpCovers, holds, shared)).as(who).isEqualTo(expected);
    }
}
