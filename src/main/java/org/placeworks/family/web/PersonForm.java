package org.placeworks.family.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;
import org.placeworks.family.Ethnicity;
import org.placeworks.family.NhsNumber;
import org.placeworks.family.PersonCommand;
import org.placeworks.family.PersonView;
import org.placeworks.family.Relationship;
import org.placeworks.family.Sex;

/** The add and change person form, as typed: re-shown unchanged when something is wrong. */
public class PersonForm {

    @RestForm public String givenName;
    @RestForm public String familyName;
    @RestForm public String otherNames;
    @RestForm public String dateOfBirthDay;
    @RestForm public String dateOfBirthMonth;
    @RestForm public String dateOfBirthYear;
    @RestForm public String expectedDateDay;
    @RestForm public String expectedDateMonth;
    @RestForm public String expectedDateYear;
    @RestForm public String sex;
    @RestForm public String ethnicity;
    @RestForm public String firstLanguage;
    @RestForm public String interpreterNeeded;
    @RestForm public String disability;
    @RestForm public String schoolOrSetting;
    @RestForm public String nhsNumber;
    @RestForm public String pupilNumber;
    @RestForm public String relationship;
    @RestForm public String livesHere;
    @RestForm public String version;
    @RestForm public String confirmedNew;

    /** What was typed, read into a command; anything unreadable is a problem under its field's name. */
    record Read(PersonCommand command, Map<String, String> problems) {
    }

    static PersonForm blank() {
        PersonForm form = new PersonForm();
        form.livesHere = "yes";
        form.interpreterNeeded = "no";
        return form;
    }

    static PersonForm of(PersonView p) {
        PersonForm form = new PersonForm();
        form.givenName = p.givenName();
        form.familyName = p.familyName();
        form.otherNames = p.otherNames();
        form.dateOfBirthDay = DateInput.day(p.dateOfBirth());
        form.dateOfBirthMonth = DateInput.month(p.dateOfBirth());
        form.dateOfBirthYear = DateInput.year(p.dateOfBirth());
        form.expectedDateDay = DateInput.day(p.expectedDate());
        form.expectedDateMonth = DateInput.month(p.expectedDate());
        form.expectedDateYear = DateInput.year(p.expectedDate());
        form.sex = p.sex() == null ? null : p.sex().name();
        form.ethnicity = p.ethnicity() == null ? null : p.ethnicity().name();
        form.firstLanguage = p.firstLanguage();
        form.interpreterNeeded = p.interpreterNeeded() ? "yes" : "no";
        form.disability = p.disability();
        form.schoolOrSetting = p.schoolOrSetting();
        form.nhsNumber = NhsNumber.formatted(p.nhsNumber());
        form.pupilNumber = p.pupilNumber();
        form.relationship = p.relationship().name();
        form.livesHere = p.livesHere() ? "yes" : "no";
        form.version = String.valueOf(p.version());
        return form;
    }

    Read read() {
        Map<String, String> problems = new LinkedHashMap<>();
        var dateOfBirth = DateInput.parse("dateOfBirth", "Date of birth", dateOfBirthDay, dateOfBirthMonth, dateOfBirthYear, problems);
        var expectedDate = DateInput.parse("expectedDate", "Expected date", expectedDateDay, expectedDateMonth, expectedDateYear, problems);
        Sex sexValue = choice(Sex.class, sex, "sex", "Select their sex from the list", problems);
        Ethnicity ethnicityValue = choice(Ethnicity.class, ethnicity, "ethnicity", "Select their ethnicity from the list", problems);
        Relationship relationshipValue = choice(Relationship.class, relationship, "relationship", "Select their relationship from the list", problems);
        Long versionValue = null;
        if (version != null && !version.isBlank()) {
            try {
                versionValue = Long.valueOf(version.strip());
            } catch (NumberFormatException e) {
                versionValue = -1L;
            }
        }
        PersonCommand command = new PersonCommand(givenName, familyName, otherNames, dateOfBirth, expectedDate, sexValue,
                ethnicityValue, firstLanguage, "yes".equals(interpreterNeeded), disability, schoolOrSetting, nhsNumber,
                pupilNumber, relationshipValue, !"no".equals(livesHere), versionValue);
        return new Read(command, problems);
    }

    boolean confirmed() {
        return "true".equals(confirmedNew);
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String value, String field, String message, Map<String, String> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.UK));
        } catch (IllegalArgumentException e) {
            problems.put(field, message);
            return null;
        }
    }
}
