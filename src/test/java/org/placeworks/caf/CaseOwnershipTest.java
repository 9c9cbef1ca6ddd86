package org.placeworks.caf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.placeworks.organisation.Thornbury;
import org.placeworks.shared.Forbidden;
import org.placeworks.shared.InvalidInput;

/** A manager of the owning service moves a case to another service whose boundary holds the family; nobody else may. */
@QuarkusTest
class CaseOwnershipTest {

    @Inject
    CaseWork work;

    @Inject
    CafCases cases;

    @Inject
    SouthbankCase southbank;

    @Inject
    Thornbury thornbury;

    private UUID caseId;
    private UUID nurse;
    private LocalDate today;

    @BeforeEach
    void aFamilySupportCaseInSouthbank() {
        caseId = southbank.open();
        nurse = southbank.nurse();
        today = southbank.today();
    }

    @Test
    void aManagerOfTheOwningServiceMovesTheCaseToSchoolNursingAndTheTimelineSaysSo() {
        UUID schoolNursing = thornbury.service("School Nursing Southbank").id();
        assertThatThrownBy(() -> southbank.frontline(() -> work.reassign(caseId, schoolNursing, "Nurse knows the family", southbank.version(caseId))))
                .isInstanceOf(Forbidden.class).hasMessageContaining("manager");
        assertThat(southbank.manager(() -> work.possibleOwners(caseId))).extracting(s -> s.id()).containsExactly(schoolNursing);
        assertThatThrownBy(() -> southbank.manager(() -> work.reassign(caseId, schoolNursing, " ", southbank.version(caseId))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors()).containsKey("reason"));
        UUID streetScene = thornbury.service("Street Scene Thornbury").id();
        assertThatThrownBy(() -> southbank.manager(() -> work.reassign(caseId, streetScene, "x", southbank.version(caseId))))
                .isInstanceOfSatisfying(org.placeworks.shared.OutsideBoundary.class,
                        e -> assertThat(e.errors()).containsKey("owningServiceId"));

        southbank.manager(() -> work.reassign(caseId, schoolNursing, "The school nurse already knows the family", southbank.version(caseId)));

        CaseView moved = southbank.nurse(() -> cases.find(caseId));
        assertThat(moved.owningService()).isEqualTo("School Nursing Southbank");
        assertThat(moved.canEdit()).isTrue();
        assertThat(southbank.nurse(() -> cases.timeline(caseId))).extracting(org.placeworks.family.TimelineEntry::what)
                .anySatisfy(w -> assertThat(w).contains("Moved from Family Support Thornbury to School Nursing Southbank"));
        assertThatThrownBy(() -> southbank.frontline(() -> cases.find(caseId))).isInstanceOf(Forbidden.class);
    }
}
