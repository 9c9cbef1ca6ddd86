package org.placeworks.panel;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.placeworks.organisation.Thornbury;
import org.placeworks.testsupport.RenderedForm;

/**
 * A panel's member agencies changed through the forms on the panel's page, as rendered, and read
 * back from the panel itself: a member agency added with a deputy, and one removed.
 */
@QuarkusTest
class PanelMembershipPageTest {

    @Inject
    PanelFixtures fixtures;

    @Inject
    Thornbury thornbury;

    @Inject
    Panels panels;

    @Test
    @TestSecurity(user = "manager", roles = "manager")
    void aManagerRemovesAMemberAgencyAndThePanelNoLongerHasIt() {
        PanelView panel = fixtures.panel();
        PanelView.Member homes = panel.members().stream().filter(m -> m.agencyName().equals("Eastmoor Homes")).findFirst()
                .orElseThrow();
        String page = "/panel/" + panel.id();

        RenderedForm.open(page, page + "/members/" + homes.id() + "/remove").submit().then().statusCode(303)
                .header("Location", endsWith(page));

        PanelView after = fixtures.manager(() -> panels.panel(panel.id()));
        assertThat(after.members()).extracting(PanelView.Member::agencyName)
                .containsExactlyInAnyOrder("Eastmoor District Council", "Eastmoor Community Health NHS Trust");
        given().get(page).then().statusCode(200).body(containsString("Eastmoor District Council"))
                .body(org.hamcrest.Matchers.not(containsString("Remove<span class=\"govuk-visually-hidden\"> Eastmoor Homes")));
    }

    @Test
    @TestSecurity(user = "manager", roles = "manager")
    void aRemovalFromAStalePageIsRefusedAndRemovesNothing() {
        PanelView panel = fixtures.panel();
        String page = "/panel/" + panel.id();
        UUID first = panel.members().get(0).id();
        UUID second = panel.members().get(1).id();
        RenderedForm stale = RenderedForm.open(page, page + "/members/" + second + "/remove");
        RenderedForm.open(page, page + "/members/" + first + "/remove").submit().then().statusCode(303);

        stale.submit().then().statusCode(409);

        assertThat(fixtures.manager(() -> panels.panel(panel.id())).members()).extracting(PanelView.Member::id)
                .contains(second).doesNotContain(first);
    }

    @Test
    @TestSecurity(user = "manager", roles = "manager")
    void aManagerAddsAMemberAgencyWithADeputy() {
        PanelView panel = fixtures.panel();
        String page = "/panel/" + panel.id();
        PanelView.Member homes = panel.members().stream().filter(m -> m.agencyName().equals("Eastmoor Homes")).findFirst()
                .orElseThrow();
        RenderedForm.open(page, page + "/members/" + homes.id() + "/remove").submit().then().statusCode(303);

        RenderedForm.open(page, page + "/members").set("agencyId", thornbury.agency("Eastmoor Homes").toString())
                .set("memberId", thornbury.member("estate").id().toString())
                .set("deputyId", thornbury.member("intel").id().toString())
                .submit().then().statusCode(303).header("Location", endsWith(page));

        PanelView.Member added = fixtures.manager(() -> panels.panel(panel.id())).members().stream()
                .filter(m -> m.agencyName().equals("Eastmoor Homes")).findFirst().orElseThrow();
        assertThat(added.member().id()).isEqualTo(thornbury.member("estate").id());
        assertThat(added.deputy().id()).isEqualTo(thornbury.member("intel").id());
    }
}
