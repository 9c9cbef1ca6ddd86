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
import org.placeworks.retention.RetentionReview;
import org.placeworks.shared.Today;

/**
 * Work for the data protection officer's retention review: the Hartley family, recorded when an enquiry came in that
 * never became a case, whose youngest child is now 26, so their record is past the early help rule (the youngest
 * child's 25th birthday) and on the officer's list. The night's review is run once here so the list is there at start.
 */
@ApplicationScoped
@io.quarkus.arc.Unremovable // looked up by DemoLoader in its one line, not injected
class DemoRetention {

    private static final Logger LOG = Logger.getLogger(DemoRetention.class);
    private static final Set<String> WORKER = Set.of(Roles.FRONTLINE, Roles.LEAD_PROFESSIONAL);

    @Inject
    Families families;

    @Inject
    Places places;

    @Inject
    RetentionReview review;

    @Inject
    ActingAs actingAs;

    @Inject
    Today today;

    void load() {
        LocalDate day = today.date();
        actingAs.run("frontline", WORKER, () -> {
            FamilyView family = families.register(new NewFamily("Hartley family", places.addressByUprn(100090000053L).orElseThrow().id()));
            families.addPerson(family.id(), new PersonCommand("Janet", "Hartley", null, day.minusYears(58), null, Sex.FEMALE,
                    Ethnicity.WBRI, "English", false, null, null, null, null, Relationship.PARENT, true, null), true);
            families.addPerson(family.id(), new PersonCommand("Owen", "Hartley", null, day.minusYears(26).minusMonths(3), null,
                    Sex.MALE, Ethnicity.WBRI, "English", false, null, null, null, null, Relationship.CHILD, true, null), true);
        });
        actingAs.run("dpo", Set.of(Roles.DPO), review::reviewNow);
        LOG.info("Loaded the demo retention review: the Hartley family's record is past its rule");
    }
}
