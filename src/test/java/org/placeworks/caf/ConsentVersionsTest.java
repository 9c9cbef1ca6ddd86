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

/**
 * Versions of consent, for a family in Riverside (Southbank): given, amended and renewed, every version
 * kept; refusing an agency ends its shares at once; the panel may tell an agency only what consent allows.
 */
@QuarkusTest
class ConsentVersionsTest {

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

    @Inject
    Consents consents;

    @Test
    void refusingAnAgencyInAnAmendmentEndsItsSharesAndEveryVersionIsKept() {
        UUID health = thornbury.agency("Eastmoor Community Health NHS Trust");
        frontline(() -> work.recordConsent(caseId, new ConsentCommand(List.of(ConsentCommand.Consenter.adult("Rae")), today,
                "Assessment and sharing", true, Set.of(health), Set.of(), version())));
        frontline(() -> work.addTeamMember(caseId, nurse, version()));
        assertThat(nurseDoes(() -> cases.find(caseId)).teamMember()).isTrue();
        assertThat(frontline(() -> consents.panelMayTell(caseId, health))).isTrue();

        frontline(() -> work.amendConsent(caseId, ConsentChange.AMENDED, new ConsentCommand(
                List.of(ConsentCommand.Consenter.adult("Rae"), ConsentCommand.Consenter.adult("Tom")), today,
                "Assessment only", true, Set.of(), Set.of(health), version())));

        assertThatThrownBy(() -> nurseDoes(() -> cases.find(caseId))).isInstanceOf(NotFound.class);
        assertThat(frontline(() -> consents.panelMayTell(caseId, health))).isFalse();
        CaseView amended = frontline(() -> cases.find(caseId));
        assertThat(amended.team()).singleElement().satisfies(m -> assertThat(m.current()).isFalse());
        assertThat(amended.consent().number()).isEqualTo(2);
        assertThat(amended.consent().givers()).containsExactly("Rae", "Tom");
        assertThat(amended.consent().refusedAgencies()).containsExactly("Eastmoor Community Health NHS Trust");
        assertThat(amended.consent().earlier()).singleElement()
                .satisfies(v -> assertThat(v.allowedAgencies()).containsExactly("Eastmoor Community Health NHS Trust"));
        assertThatThrownBy(() -> frontline(() -> work.addTeamMember(caseId, nurse, version())))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("did not agree");
    }

    @Test
    void thePanelMayTellAnAllowedAgencyOnlyOnceTheFamilyAgreedToPanelDiscussion() {
        UUID school = thornbury.agency("Thornbury Academy");
        frontline(() -> work.recordConsent(caseId, new ConsentCommand(List.of(ConsentCommand.Consenter.adult("Rae")), today,
                "Assessment", false, Set.of(school), Set.of(), version())));
        assertThat(frontline(() -> consents.panelMayTell(caseId, school))).isFalse();
        frontline(() -> work.amendConsent(caseId, ConsentChange.RENEWED, new ConsentCommand(
                List.of(ConsentCommand.Consenter.adult("Rae")), today, "Assessment and panel", true, Set.of(school), Set.of(),
                version())));
        assertThat(frontline(() -> consents.panelMayTell(caseId, school))).isTrue();
        assertThat(frontline(() -> cases.find(caseId)).consent().change()).isEqualTo(ConsentChange.RENEWED);
        frontline(() -> work.withdrawConsent(caseId, today, "Family withdrew", version()));
        assertThat(frontline(() -> consents.panelMayTell(caseId, school))).isFalse();
    }

    @Test
    void aYoungPersonUnderSixteenConsentsOnlyWhenJudgedCompetentAndWhoJudgedIsKept() {
        UUID child = frontline(() -> cases.find(caseId)).children().get(0).id();
        assertThatThrownBy(() -> frontline(() -> work.recordConsent(caseId, new ConsentCommand(
                List.of(new ConsentCommand.Consenter(null, child, "Jo Nurse", " ")), today, "Assessment", false, Set.of(),
                Set.of(), version())))).isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.errors()).containsOnlyKeys("competenceReason"));
        frontline(() -> work.recordConsent(caseId, new ConsentCommand(
                List.of(new ConsentCommand.Consenter(null, child, "Jo Nurse", "Understands what sharing means")), today,
                "Assessment", false, Set.of(), Set.of(), version())));
        assertThat(frontline(() -> cases.find(caseId)).consent().givers()).singleElement()
                .satisfies(g -> assertThat(g).contains("judged competent by Jo Nurse, because Understands what sharing means"));
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
