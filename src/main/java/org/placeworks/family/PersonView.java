package org.placeworks.family;

import java.time.LocalDate;
import java.time.Period;
import java.util.UUID;

public record PersonView(UUID id, UUID familyId, String givenName, String familyName, String otherNames,
        LocalDate dateOfBirth, LocalDate expectedDate, Sex sex, Ethnicity ethnicity, String firstLanguage,
        boolean interpreterNeeded, String disability, String schoolOrSetting, String nhsNumber, String pupilNumber,
        Relationship relationship, boolean livesHere, long version) {

    public String fullName() {
        return givenName + " " + familyName;
    }

    public boolean unborn() {
        return dateOfBirth == null;
    }

    /** Whole years on the given day; 0 for an unborn child. */
    public int ageOn(LocalDate day) {
        return dateOfBirth == null ? 0 : Period.between(dateOfBirth, day).getYears();
    }

    /** A child in law: under 18, or not yet born. */
    public boolean childOn(LocalDate day) {
        return dateOfBirth == null || ageOn(day) < 18;
    }
}
