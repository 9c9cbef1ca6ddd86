package org.placeworks.family.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.placeworks.family.Ethnicity;
import org.placeworks.family.PersonCommand;
import org.placeworks.family.Relationship;
import org.placeworks.family.Sex;

class PersonRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 5, 14);

    private static PersonCommand person(LocalDate born, LocalDate expected, Relationship relationship) {
        return new PersonCommand("Maya", "Walker", null, born, expected, Sex.FEMALE, Ethnicity.WBRI, "English", false, null,
                "Thornbury Primary", "943 476 5919", "A123456789012", relationship, true, null);
    }

    @Test
    void aCompletePersonHasNoProblems() {
        assertThat(PersonRules.problems(person(LocalDate.of(2018, 3, 27), null, Relationship.CHILD), TODAY)).isEmpty();
    }

    @Test
    void aDateOfBirthInTheFutureIsRefusedButTodayIsFine() {
        assertThat(PersonRules.problems(person(TODAY.plusDays(1), null, Relationship.CHILD), TODAY))
                .containsEntry("dateOfBirth", "Date of birth must be today or in the past");
        assertThat(PersonRules.problems(person(TODAY, null, Relationship.CHILD), TODAY)).isEmpty();
    }

    @Test
    void anUnbornChildHasAnExpectedDateAndMustBeAChild() {
        assertThat(PersonRules.problems(person(null, TODAY.plusMonths(3), Relationship.CHILD), TODAY)).isEmpty();
        assertThat(PersonRules.problems(person(null, TODAY.plusMonths(3), Relationship.PARENT), TODAY)).containsKey("relationship");
    }

    @Test
    void bothDatesOrNeitherAreRefused() {
        assertThat(PersonRules.problems(person(LocalDate.of(2018, 1, 1), TODAY.plusMonths(3), Relationship.CHILD), TODAY))
                .containsKey("expectedDate");
        assertThat(PersonRules.problems(person(null, null, Relationship.CHILD), TODAY)).containsKey("dateOfBirth");
    }

    @Test
    void anExpectedDateTooFarAheadOrLongPastIsRefused() {
        assertThat(PersonRules.problems(person(null, TODAY.plusMonths(11), Relationship.CHILD), TODAY)).containsKey("expectedDate");
        assertThat(PersonRules.problems(person(null, TODAY.minusMonths(3), Relationship.CHILD), TODAY)).containsKey("expectedDate");
    }

    @Test
    void namesAndRelationshipAreRequired() {
        PersonCommand nameless = new PersonCommand(" ", "", null, LocalDate.of(2018, 1, 1), null, null, null, null, false, null,
                null, null, null, null, true, null);
        assertThat(PersonRules.problems(nameless, TODAY)).containsKeys("givenName", "familyName", "relationship")
                .doesNotContainKeys("nhsNumber", "pupilNumber", "sex", "ethnicity");
    }

    @Test
    void aWrongNhsNumberOrPupilNumberIsRefused() {
        PersonCommand wrong = new PersonCommand("Maya", "Walker", null, LocalDate.of(2018, 1, 1), null, null, null, null, false,
                null, null, "943 476 5918", "1234", Relationship.CHILD, true, null);
        assertThat(PersonRules.problems(wrong, TODAY)).containsKeys("nhsNumber", "pupilNumber");
    }
}
