package org.placeworks.intelligence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.placeworks.shared.InvalidInput;

class GradingTest {

    @Test
    void aGradingIsWrittenAsPolicePartnersWriteIt() {
        assertThat(Grading.of(SourceEvaluation.UNTESTED, InformationAssessment.B, HandlingCode.P, null).code()).isEqualTo("2B P");
        Grading c = Grading.of(SourceEvaluation.RELIABLE, InformationAssessment.A, HandlingCode.C, "  Not to be shared with the landlord ");
        assertThat(c.code()).isEqualTo("1A C");
        assertThat(c.conditions()).isEqualTo("Not to be shared with the landlord");
        assertThat(c.words()).contains("Reliable", "Known directly to the source", "Not to be shared with the landlord");
    }

    @Test
    void conditionsAreRequiredForCAndDroppedForP() {
        assertThatThrownBy(() -> Grading.of(SourceEvaluation.RELIABLE, InformationAssessment.A, HandlingCode.C, " "))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors()).containsOnlyKeys("conditions"));
        assertThat(Grading.of(SourceEvaluation.RELIABLE, InformationAssessment.A, HandlingCode.P, "ignored").conditions()).isNull();
    }

    @Test
    void anIncompleteGradingNamesEachMissingPart() {
        assertThatThrownBy(() -> Grading.of(null, null, null, null))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors()).containsOnlyKeys("source", "information", "handling"));
    }
}
