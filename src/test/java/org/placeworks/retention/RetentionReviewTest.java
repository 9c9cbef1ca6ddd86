package org.placeworks.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.placeworks.family.Ethnicity;
import org.placeworks.family.Families;
import org.placeworks.family.NewFamily;
import org.placeworks.family.PersonCommand;
import org.placeworks.family.Relationship;
import org.placeworks.family.Sex;
import org.placeworks.geography.Places;
import org.placeworks.identity.ActingAs;
import org.placeworks.identity.Roles;
import org.placeworks.shared.NotFound;
import org.placeworks.shared.Today;

/**
 * The review list: a family whose youngest child turned 25 yesterday is listed, one whose youngest turns 25 tomorrow
 * is not; the list shows a reference and dates; the night's review runs once a day; and nobody but the data
 * protection officer sees the list or disposes (404, as if there were nothing).
 */
@QuarkusTest
class RetentionReviewTest {

    private static final Set<String> DPO = Set.of(Roles.DPO);
    private static final Set<String> WORKER = Set.of(Roles.FRONTLINE, Roles.LEAD_PROFESSIONAL);

    @Inject
    RetentionReview review;

    @Inject
    Disposals disposals;

    @Inject
    Families families;

    @Inject
    Places places;

    @Inject
    ActingAs actingAs;

    @Inject
    Today today;

    @Test
    void aFamilyPastItsRuleIsListedAndOneADayShortIsNot() {
        LocalDate day = today.date();
        UUID past = family("Pastrule", day.minusYears(25).minusDays(1));
        UUID notYet = family("Notyetrule", day.minusYears(25).plusDays(1));

        actingAs.run("dpo", DPO, review::reviewNow);
        List<DueRecord> due = actingAs.call("dpo", DPO, () -> review.list().records());

        assertThat(due).extracting(DueRecord::id).contains(past).doesNotContain(notYet);
        DueRecord line = due.stream().filter(d -> d.id().equals(past)).findFirst().orElseThrow();
        assertThat(line.type()).isEqualTo(RecordType.EARLY_HELP);
        assertThat(line.reference()).isEqualTo("Family with no early help case").doesNotContain("Pastrule");
        assertThat(line.dueOn()).isEqualTo(day);
        assertThat(line.rule()).contains("youngest child in the family is 25");
    }

    @Test
    void theNightsReviewRunsOnceADay() {
        int first = review.reviewDaily();
        assertThat(review.reviewDaily()).as("the day is already claimed").isEqualTo(-1);
        assertThat(first).isGreaterThanOrEqualTo(-1);
    }

    @Test
    void nobodyButTheDataProtectionOfficerSeesTheListOrDisposes() {
        UUID past = family("Refusedrule", today.date().minusYears(30));
        actingAs.run("dpo", DPO, review::reviewNow);
        for (String user : List.of("frontline", "admin", "manager")) {
            Set<String> roles = user.equals("admin") ? Set.of(Roles.ADMIN) : user.equals("manager") ? Set.of(Roles.MANAGER) : WORKER;
            assertThatThrownBy(() -> actingAs.run(user, roles, review::list)).isInstanceOf(NotFound.class);
            assertThatThrownBy(() -> actingAs.run(user, roles, review::reviewNow)).isInstanceOf(NotFound.class);
            assertThatThrownBy(() -> actingAs.run(user, roles, disposals::certificates)).isInstanceOf(NotFound.class);
            assertThatThrownBy(() -> actingAs.run(user, roles, () -> disposals.due(RecordType.EARLY_HELP, past)))
                    .isInstanceOf(NotFound.class);
            assertThatThrownBy(() -> actingAs.run(user, roles, () -> disposals.dispose(RecordType.EARLY_HELP, past, "Past", true)))
                    .isInstanceOf(NotFound.class);
        }
        assertThat(actingAs.call("frontline", WORKER, () -> families.family(past)).id()).as("nothing was disposed").isEqualTo(past);
    }

    private UUID family(String surname, LocalDate youngestBorn) {
        return actingAs.call("frontline", WORKER, () -> {
            UUID id = families.register(new NewFamily(surname + " family", places.addressByUprn(100090000053L).orElseThrow().id())).id();
            families.addPerson(id, new PersonCommand("Sam", surname, null, youngestBorn, null, Sex.NOT_KNOWN, Ethnicity.NOBT, "English",
                    false, null, null, null, null, Relationship.CHILD, true, null), true);
            return id;
        });
    }
}
