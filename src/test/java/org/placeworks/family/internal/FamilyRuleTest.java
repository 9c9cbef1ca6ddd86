package org.placeworks.family.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The family rule as a table: whether an Early Intervention service of the reader covers the address, whether it was shared. */
class FamilyRuleTest {

    @ParameterizedTest(name = "{0}: covers={1}, shared={2} -> {3}")
    @CsvSource({
        "Family Support in the family's boundary,                           true,  false, CHANGE",
        "covering the family and also on a case's Team,                     true,  true,  CHANGE",
        "a Team member or lead professional from outside the boundary,      false, true,  READ",
        "a police officer on the panel (another strand) or another boundary, false, false, NONE",
    })
    void decides(String who, boolean earlyHelpCovers, boolean shared, FamilyRule.Sight expected) {
        assertThat(FamilyRule.decide(earlyHelpCovers, shared)).as(who).isEqualTo(expected);
    }
}
