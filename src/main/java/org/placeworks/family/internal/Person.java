package org.placeworks.family.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.placeworks.family.Ethnicity;
import org.placeworks.family.NhsNumber;
import org.placeworks.family.PersonCommand;
import org.placeworks.family.PersonView;
import org.placeworks.family.PupilNumber;
import org.placeworks.family.Relationship;
import org.placeworks.family.Sex;
import org.placeworks.shared.Conflict;

/**
 * Someone in a household. Details change only through {@link #change}, after {@link PersonRules}
 * found nothing wrong; a duplicate record is kept, marked as merged into the one that stays.
 */
@Entity
@Table(name = "person")
public class Person {

    @Id
    UUID id;

    @Column(name = "family_id")
    UUID familyId;

    @Column(name = "given_name")
    String givenName;

    @Column(name = "family_name")
    String familyName;

    @Column(name = "other_names")
    String otherNames;

    @Column(name = "date_of_birth")
    LocalDate dateOfBirth;

    @Column(name = "expected_date")
    LocalDate expectedDate;

    @Enumerated(EnumType.STRING)
    Sex sex;

    @Enumerated(EnumType.STRING)
    Ethnicity ethnicity;

    @Column(name = "first_language")
    String firstLanguage;

    @Column(name = "interpreter_needed")
    boolean interpreterNeeded;

    String disability;

    @Column(name = "school_or_setting")
    String schoolOrSetting;

    @Column(name = "nhs_number")
    String nhsNumber;

    @Column(name = "pupil_number")
    String pupilNumber;

    @Enumerated(EnumType.STRING)
    Relationship relationship;

    @Column(name = "lives_here")
    boolean livesHere;

    @Column(name = "merged_into")
    UUID mergedInto;

    @Column(name = "created_at")
    Instant createdAt;

    @Version
    long version;

    protected Person() {
    }

    /** A new person; the command must already have passed {@link PersonRules}. */
    public Person(UUID familyId, PersonCommand valid, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.familyId = familyId;
        this.createdAt = createdAt;
        change(valid);
    }

    /** Replaces the details; the command must already have passed {@link PersonRules}. */
    public void change(PersonCommand valid) {
        requireNotMerged("changed");
        givenName = valid.givenName().strip();
        familyName = valid.familyName().strip();
        otherNames = PersonRules.blankToNull(valid.otherNames());
        dateOfBirth = valid.dateOfBirth();
        expectedDate = valid.dateOfBirth() == null ? valid.expectedDate() : null;
        sex = valid.sex();
        ethnicity = valid.ethnicity();
        firstLanguage = PersonRules.blankToNull(valid.firstLanguage());
        interpreterNeeded = valid.interpreterNeeded();
        disability = PersonRules.blankToNull(valid.disability());
        schoolOrSetting = PersonRules.blankToNull(valid.schoolOrSetting());
        nhsNumber = NhsNumber.parse(valid.nhsNumber()).orElse(null);
        pupilNumber = PupilNumber.parse(valid.pupilNumber()).orElse(null);
        relationship = valid.relationship();
        livesHere = valid.livesHere();
    }

    /**
     * Takes in a duplicate record of the same person: anything this record lacks is filled from it
     * (a date of birth replaces an expected date: the child has been born), and the duplicate is
     * marked as merged into this one.
     */
    public void absorb(Person duplicate) {
        if (duplicate.id.equals(id)) {
            throw new Conflict("A record cannot be merged into itself.");
        }
        requireNotMerged("kept in a merge");
        duplicate.requireNotMerged("merged again");
        otherNames = otherNames == null ? duplicate.otherNames : otherNames;
        if (dateOfBirth == null && duplicate.dateOfBirth != null) {
            dateOfBirth = duplicate.dateOfBirth;
            expectedDate = null;
        }
        sex = sex == null || sex == Sex.NOT_KNOWN ? orElse(duplicate.sex, sex) : sex;
        ethnicity = ethnicity == null || ethnicity == Ethnicity.NOBT ? orElse(duplicate.ethnicity, ethnicity) : ethnicity;
        firstLanguage = orElse(firstLanguage, duplicate.firstLanguage);
        interpreterNeeded = interpreterNeeded || duplicate.interpreterNeeded;
        disability = orElse(disability, duplicate.disability);
        schoolOrSetting = orElse(schoolOrSetting, duplicate.schoolOrSetting);
        nhsNumber = orElse(nhsNumber, duplicate.nhsNumber);
        pupilNumber = orElse(pupilNumber, duplicate.pupilNumber);
        duplicate.mergedInto = id;
    }

    private static <T> T orElse(T value, T other) {
        return value != null ? value : other;
    }

    private void requireNotMerged(String doing) {
        if (mergedInto != null) {
            throw new Conflict(fullName() + "'s record was merged into another record, so it cannot be " + doing + ".");
        }
    }

    public boolean merged() {
        return mergedInto != null;
    }

    public UUID id() {
        return id;
    }

    public UUID familyId() {
        return familyId;
    }

    public UUID mergedInto() {
        return mergedInto;
    }

    public LocalDate dateOfBirth() {
        return dateOfBirth;
    }

    public Relationship relationship() {
        return relationship;
    }

    public String fullName() {
        return givenName + " " + familyName;
    }

    public long version() {
        return version;
    }

    public PersonView view() {
        return new PersonView(id, familyId, givenName, familyName, otherNames, dateOfBirth, expectedDate, sex, ethnicity,
                firstLanguage, interpreterNeeded, disability, schoolOrSetting, nhsNumber, pupilNumber, relationship,
                livesHere, version);
    }
}
