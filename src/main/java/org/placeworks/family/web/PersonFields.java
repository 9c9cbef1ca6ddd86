package org.placeworks.family.web;

import org.placeworks.family.Ethnicity;
import org.placeworks.family.NhsNumber;
import org.placeworks.family.PersonCommand;
import org.placeworks.family.PersonView;
import org.placeworks.family.Relationship;
import org.placeworks.family.Sex;
import org.placeworks.shared.Text;
import org.placeworks.shared.web.Form;

/** The fields of the add and change person form: filled from a person, and read into a command. */
final class PersonFields {

    private PersonFields() {
    }

    static Form blank() {
        return Form.empty().withYesNo("livesHere", true).withYesNo("interpreterNeeded", false);
    }

    static Form of(PersonView p) {
        return Form.empty().with("givenName", p.givenName()).with("familyName", p.familyName())
                .with("otherNames", p.otherNames()).withDate("dateOfBirth", p.dateOfBirth())
                .withDate("expectedDate", p.expectedDate()).with("sex", p.sex()).with("ethnicity", p.ethnicity())
                .with("firstLanguage", p.firstLanguage()).withYesNo("interpreterNeeded", p.interpreterNeeded())
                .with("disability", p.disability()).with("schoolOrSetting", p.schoolOrSetting())
                .with("nhsNumber", NhsNumber.formatted(p.nhsNumber())).with("pupilNumber", p.pupilNumber())
                .with("relationship", p.relationship()).withYesNo("livesHere", p.livesHere()).with("version", p.version());
    }

    /** The command the form stands for; what could not be read is left among the form's problems. */
    static PersonCommand command(Form f) {
        return new PersonCommand(f.text("givenName", "First name"), f.text("familyName", "Last name"),
                f.text("otherNames", "Other names"), f.date("dateOfBirth", "Date of birth"),
                f.date("expectedDate", "Expected date"),
                f.choice(Sex.class, "sex", "Select their sex from the list"),
                f.choice(Ethnicity.class, "ethnicity", "Select their ethnicity from the list"),
                f.text("firstLanguage", "First language"), f.yes("interpreterNeeded", false),
                f.text("disability", "Disability", Text.LONG), f.text("schoolOrSetting", "School or setting"),
                f.text("nhsNumber", "NHS number"), f.text("pupilNumber", "Unique pupil number"),
                f.choice(Relationship.class, "relationship", "Select their relationship from the list"),
                f.yes("livesHere", true), f.version());
    }
}
