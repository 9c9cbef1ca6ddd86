package org.placeworks.caf;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.placeworks.family.Ethnicity;
import org.placeworks.family.Families;
import org.placeworks.family.FamilyView;
import org.placeworks.family.NewFamily;
import org.placeworks.family.PersonCommand;
import org.placeworks.family.Relationship;
import org.placeworks.family.Sex;
import org.placeworks.identity.ActingAs;
import org.placeworks.identity.Roles;
import org.placeworks.organisation.Thornbury;
import org.placeworks.shared.Today;

/**
 * A new family in Riverside (Southbank) with a request for support Family Support Thornbury owns:
 * inside Family Support's boundary and inside School Nursing's, which does not own it. The case the
 * gate, ownership and consent tests work on, with the demo staff who act on it.
 */
@ApplicationScoped
public class SouthbankCase {

    private static final Set<String> WORKER = Set.of(Roles.FRONTLINE, Roles.LEAD_PROFESSIONAL);

    @Inject
    ActingAs actingAs;

    @Inject
    Families families;

    @Inject
    Referrals referrals;

    @Inject
    CafCases cases;

    @Inject
    Thornbury thornbury;

    @Inject
    Today today;

    /** Registers the family (a parent, Rae, and a child, Sol) and refers the child; the case awaits consent. */
    public UUID open() {
        FamilyView family = frontline(() -> {
            String name = Thornbury.unique("Riverside").replace(' ', '-');
            FamilyView f = families.register(new NewFamily(name + " family", thornbury.address(Thornbury.RIVERSIDE_UPRN).id()));
            families.addPerson(f.id(), person("Rae", name, today().minusYears(35), Relationship.PARENT), true);
            families.addPerson(f.id(), person("Sol", name, today().minusYears(8), Relationship.CHILD), true);
            return families.family(f.id());
        });
        return frontline(() -> referrals.refer(new ReferralCommand(family.id(), Set.of(family.children().get(0).id()),
                "Pat Teacher", null, "pat.teacher@school.example", null, "Attendance has fallen",
                List.of(new NeedCommand("School attendance", HeadlineOutcome.EDUCATION)),
                thornbury.service("Family Support Thornbury").id(), today().minusDays(5))));
    }

    public LocalDate today() {
        return today.date();
    }

    /** The school nurse, frontline2: School Nursing Southbank. */
    public UUID nurse() {
        return thornbury.member("frontline2").id();
    }

    /** The case's version now, read as its owning service. */
    public long version(UUID caseId) {
        return frontline(() -> cases.find(caseId)).version();
    }

    /** As the family support worker, frontline: Family Support Thornbury, which owns the case. */
    public <T> T frontline(Supplier<T> work) {
        return actingAs.call("frontline", WORKER, work);
    }

    public void frontline(Runnable work) {
        actingAs.run("frontline", WORKER, work);
    }

    /** As the school nurse, frontline2. */
    public <T> T nurse(Supplier<T> work) {
        return actingAs.call("frontline2", WORKER, work);
    }

    public void nurse(Runnable work) {
        actingAs.run("frontline2", WORKER, work);
    }

    /** As the head of place-based working, a manager of Family Support Thornbury. */
    public <T> T manager(Supplier<T> work) {
        return actingAs.call("manager", Set.of(Roles.MANAGER), work);
    }

    public void manager(Runnable work) {
        actingAs.run("manager", Set.of(Roles.MANAGER), work);
    }

    private static PersonCommand person(String given, String family, LocalDate dob, Relationship relationship) {
        return new PersonCommand(given, family, null, dob, null, Sex.NOT_KNOWN, Ethnicity.NOBT, "English", false, null, null,
                null, null, relationship, true, null);
    }
}
