package org.placeworks.family;

import java.time.LocalDate;

/**
 * What a worker gives to add or change a person. A born person has a date of birth; an unborn
 * child has an expected date instead. Version is null when adding.
 */
public record PersonCommand(String givenName, String familyName, String otherNames, LocalDate dateOfBirth,
        LocalDate expectedDate, Sex sex, Ethnicity ethnicity, String firstLanguage, boolean interpreterNeeded,
        String disability, String schoolOrSetting, String nhsNumber, String pupilNumber, Relationship relationship,
        boolean livesHere, Long version) {
}
