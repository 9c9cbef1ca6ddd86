package org.placeworks.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Set;
import org.jboss.logging.Logger;
import org.placeworks.family.Ethnicity;
import org.placeworks.family.Families;
import org.placeworks.family.FamilyView;
import org.placeworks.family.NewFamily;
import org.placeworks.family.PersonCommand;
import org.placeworks.family.Relationship;
import org.placeworks.family.Sex;
import org.placeworks.geography.Places;
import org.placeworks.identity.ActingAs;
import org.placeworks.identity.Roles;
import org.placeworks.shared.Today;

/**
 * A record opened by breaking glass, for the data protection officer's review list: the school nurse ({@code frontline2},
 * whose service covers Southbank only) opened the Doherty family of Castle Hill (Northgate), known to Family Support, by
 * the baby's NHS number after A&amp;E rang her. For the next hours she reads the family with the break-glass banner.
 */
@ApplicationScoped
@io.quarkus.arc.Unremovable // looked up by DemoLoader in its one line, not injected
class DemoBreakGlass {

    private static final Logger LOG = Logger.getLogger(DemoBreakGlass.class);

    /** A number of the NHS's range for tests and demonstrations (999...), with a valid check digit. */
    static final String NHS_NUMBER = "999 000 0018";

    /** A house on Castle Hill's fourth street (Northgate ward), kept for this family by DemoHistory. */
    private static final long UPRN = 100090000077L;

    @Inject
    ActingAs actingAs;

    @Inject
    Families families;

    @Inject
    Places places;

    @Inject
    Today today;

    void load() {
        LocalDate born = today.date().minusMonths(7);
        actingAs.run("frontline", Set.of(Roles.FRONTLINE, Roles.LEAD_PROFESSIONAL), () -> {
            FamilyView family = families.register(new NewFamily("Doherty family", places.addressByUprn(UPRN).orElseThrow().id()));
            families.addPerson(family.id(), new PersonCommand("Shannon", "Doherty", null, born.minusYears(19), null, Sex.FEMALE,
                    Ethnicity.WBRI, "English", false, null, null, null, null, Relationship.PARENT, true, null), true);
            families.addPerson(family.id(), new PersonCommand("Riley", "Doherty", null, born, null, Sex.MALE, Ethnicity.WBRI,
                    "English", false, null, null, NHS_NUMBER, null, Relationship.CHILD, true, null), true);
        });
        actingAs.run("frontline2", Set.of(Roles.FRONTLINE, Roles.LEAD_PROFESSIONAL), () -> families.breakGlass(NHS_NUMBER,
                "A&E rang at 6pm: Riley, seven months, was brought in with a burn and they asked which services know the family."));
        LOG.info("Loaded the demo break-glass opening: the school nurse opened the Doherty family, awaiting review");
    }
}
