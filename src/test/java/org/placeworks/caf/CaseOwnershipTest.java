package org.placeworks.caf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
import org.placeworks.shared.Forbidden;
import org.placeworks.shared.InvalidInput;
import org.placeworks.shared.NotFound;

/** A manager of the owning service moves a case to another service whose boundary holds the family; nobody else may. */
@QuarkusTest
class CaseOwnershipTest {

    private static final Set<String> WORKER = Set.of(Roles.FRONTLINE, Roles.LEAD_PROFESSIONAL);

    @Inject
    ActingAs actingAs;

    @Inject
    Families families;

    @Inject
    Referrals referrals;

    @Inject
    CaseWork work;

    @Inject
    CafCases cases;

    @Inject
    Thornbury thornbury;

    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
    private UUID caseId;
    private UUID nurse;

    @BeforeEach
    void aFamilySupportCaseInSouthbank() {
        nurse = thornbury.member("frontline2").id();
        FamilyView family = frontline(() -> {
            String name = Thornbury.unique("Riverside").replace(' ', '-');
            FamilyView f = families.register(new NewFamily(name + " family", thornbury.address(Thornbury.RIVERSIDE_UPRN).id()));
            families.addPerson(f.id(), person("Rae", name, today.minusYears(35), Relationship.PARENT), true);
            families.addPerson(f.id(), person("Sol", name, today.minusYears(8), Relationship.CHILD), true);
            return families.family(f.id());
        });
        caseId = frontline(() -> referrals.refer(new ReferralCommand(family.id(), Set.of(family.children().get(0).id()),
                "Pat Teacher", null, "pat.teacher@school.example", null, "Attendance has fallen",
                List.of(new NeedCommand("School attendance", HeadlineOutcome.EDUCATION)),
                thornbury.service("Family Support Thornbury").id(), today.minusDays(5))));
    }

    @Test
    void aManagerOfTheOwningServiceMovesTheCaseToSchoolNursingAndTheTimelineSaysSo() {
        UUID schoolNursing = thornbury.service("School Nursing Southbank").id();
        assertThatThrownBy(() -> frontline(() -> work.reassign(caseId, schoolNursing, "Nurse knows the family", version())))
                .isInstanceOf(Forbidden.class).hasMessageContaining("manager");
        assertThat(managerDoes(() -> work.possibleOwners(caseId))).extracting(s -> s.id()).containsExactly(schoolNursing);
        assertThatThrownBy(() -> managerDoes(() -> work.reassign(caseId, schoolNursing, " ", version())))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors()).containsKey("reason"));
        UUID streetScene = thornbury.service("Street Scene Thornbury").id();
        assertThatThrownBy(() -> managerDoes(() -> work.reassign(caseId, streetScene, "x", version())))
                .isInstanceOfSatisfying(org.placeworks.shared.OutsideBoundary.class,
                        e -> assertThat(e.errors()).containsKey("owningServiceId"));

        managerDoes(() -> work.reassign(caseId, schoolNursing, "The school nurse already knows the family", version()));

        CaseView moved = nurseDoes(() -> cases.find(caseId));
        assertThat(moved.owningService()).isEqualTo("School Nursing Southbank");
        assertThat(moved.canEdit()).isTrue();
        assertThat(nurseDoes(() -> cases.timeline(caseId))).extracting(org.placeworks.family.TimelineEntry::what)
                .anySatisfy(w -> assertThat(w).contains("Moved from Family Support Thornbury to School Nursing Southbank"));
        assertThatThrownBy(() -> frontline(() -> cases.find(caseId))).isInstanceOf(Forbidden.class);
    }

    private long version() {
        return frontline(() -> cases.find(caseId)).version();
    }

    private <T> T frontline(Supplier<T> work) {
        return actingAs.call("frontline", WORKER, work);
    }

    private void frontline(Runnable work) {
        actingAs.run("frontline", WORKER, work);
    }

    private <T> T nurseDoes(Supplier<T> work) {
        return actingAs.call("frontline2", WORKER, work);
    }

    private void nurseDoes(Runnable work) {
        actingAs.run("frontline2", WORKER, work);
    }

    private <T> T managerDoes(Supplier<T> work) {
        return actingAs.call("manager", Set.of(Roles.MANAGER), work);
    }

    private void managerDoes(Runnable work) {
        actingAs.run("manager", Set.of(Roles.MANAGER), work);
    }

    private static PersonCommand person(String given, String family, LocalDate dob, Relationship relationship) {
        return new PersonCommand(given, family, null, dob, null, Sex.NOT_KNOWN, Ethnicity.NOBT, "English", false, null, null,
                null, null, relationship, true, null);
    }
}
