package org.placeworks.caf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.placeworks.identity.ActingAs;
import org.placeworks.identity.Roles;
import org.placeworks.shared.NotFound;

/** What a change to a case posts back (its version and needs), read without opening the whole case. */
@QuarkusTest
class CaseRevisionTest {

    private static final Set<String> WORKER = Set.of(Roles.FRONTLINE, Roles.LEAD_PROFESSIONAL);

    @Inject
    CafCases cases;

    @Inject
    CaseWork work;

    @Inject
    ActingAs actingAs;

    @Test
    void theRevisionNamesTheCasesNeedsInOrderAndItsVersion() {
        UUID caseId = anActivePlan();
        CaseView view = actingAs.call("frontline", WORKER, () -> cases.find(new CaseId(caseId)));

        CaseRevision revision = actingAs.call("frontline", WORKER, () -> work.revision(caseId));

        assertThat(revision.version()).isEqualTo(view.version());
        assertThat(revision.needIds()).containsExactlyElementsOf(view.needs().stream().map(CaseView.NeedView::id).toList());
    }

    @Test
    void someoneOutsideTheCasesBoundaryIsToldItDoesNotExist() {
        // The demo's Begum family live in Mill Lane, off the Millbrook Estate that the estate officer covers.
        UUID caseId = actingAs.call("frontline", WORKER, () -> cases.list(new CaseFilter(false, CaseStatus.ACTIVE_PLAN)).stream()
                .filter(c -> c.familyName().equals("Begum family")).findFirst().orElseThrow().id());
        assertThatThrownBy(() -> actingAs.call("estate", WORKER, () -> work.revision(caseId))).isInstanceOf(NotFound.class);
    }

    private UUID anActivePlan() {
        return actingAs.call("frontline", WORKER, () -> cases.list(new CaseFilter(false, CaseStatus.ACTIVE_PLAN)).get(0).id());
    }
}
