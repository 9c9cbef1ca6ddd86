package org.placeworks.family.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.placeworks.family.Ethnicity;
import org.placeworks.family.PersonCommand;
import org.placeworks.family.Relationship;
import org.placeworks.family.Sex;
import org.placeworks.shared.InvalidInput;
import org.placeworks.shared.Text;
import org.placeworks.shared.TextLimit;

/**
 * A person as an API caller sends them. Dates and codes arrive as text and are read here, so that
 * a date that is not one is a 422 naming the field, not a failure to read the body.
 */
@Schema(name = "PersonRequest", description = "A person to add or change. Dates are ISO 8601 (2019-03-27).")
public record PersonRequest(
        @Schema(required = true) @TextLimit(Text.SHORT) String givenName,
        @Schema(required = true) @TextLimit(Text.SHORT) String familyName,
        @TextLimit(Text.SHORT) String otherNames,
        @Schema(format = "date", description = "Required for a born person") @TextLimit(Text.SHORT) String dateOfBirth,
        @Schema(format = "date", description = "Due date of an unborn child, instead of a date of birth") @TextLimit(Text.SHORT) String expectedDate,
        @Schema(implementation = Sex.class) @TextLimit(Text.SHORT) String sex,
        @Schema(implementation = Ethnicity.class, description = "Department for Education ethnicity code") @TextLimit(Text.SHORT) String ethnicity,
        @TextLimit(Text.SHORT) String firstLanguage,
        Boolean interpreterNeeded,
        @TextLimit(Text.LONG) String disability,
        @TextLimit(Text.SHORT) String schoolOrSetting,
        @Schema(description = "10 digits passing the modulus 11 check; spaces allowed") @TextLimit(Text.SHORT) String nhsNumber,
        @Schema(description = "Unique pupil number: a letter and 12 digits") @TextLimit(Text.SHORT) String pupilNumber,
        @Schema(implementation = Relationship.class, required = true) @TextLimit(Text.SHORT) String relationship,
        Boolean livesHere,
        @Schema(description = "The version read; required when changing a person") Long version,
        @Schema(description = "True to add the person even though likely duplicates exist") Boolean confirmedNew) {

    PersonCommand command() {
        Map<String, String> problems = new LinkedHashMap<>();
        LocalDate born = date("dateOfBirth", dateOfBirth, problems);
        LocalDate expected = date("expectedDate", expectedDate, problems);
        Sex sexValue = code(Sex.class, "sex", sex, problems);
        Ethnicity ethnicityValue = code(Ethnicity.class, "ethnicity", ethnicity, problems);
        Relationship relationshipValue = code(Relationship.class, "relationship", relationship, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new PersonCommand(givenName, familyName, otherNames, born, expected, sexValue, ethnicityValue, firstLanguage,
                Boolean.TRUE.equals(interpreterNeeded), disability, schoolOrSetting, nhsNumber, pupilNumber, relationshipValue,
                livesHere == null || livesHere, version);
    }

    boolean confirmed() {
        return Boolean.TRUE.equals(confirmedNew);
    }

    static LocalDate date(String field, String value, Map<String, String> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            problems.put(field, field + " must be a real date in the form YYYY-MM-DD");
            return null;
        }
    }

    private static <E extends Enum<E>> E code(Class<E> type, String field, String value, Map<String, String> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.UK));
        } catch (IllegalArgumentException e) {
            problems.put(field, field + " must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
            return null;
        }
    }
}
