package org.placeworks.grant;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.placeworks.testsupport.RenderedForm;

/** A grant request taken to the next panel meeting through the form on its page, as rendered, and read back. */
@QuarkusTest
class GrantToPanelPageTest {

    @Inject
    GrantFixtures fixtures;

    @Inject
    EntityManager em;

    @Test
    @TestSecurity(user = "frontline", roles = {"frontline", "lead-professional"})
    void theCasesWorkerTakesARequestToTheNextPanelMeeting() {
        UUID id = fixtures.request(null, 2_500);
        String page = "/grants/requests/" + id;
        given().get(page).then().statusCode(200).body(containsString("Not on a panel agenda"));

        RenderedForm.open(page, page + "/panel").submit().then().statusCode(303).header("Location", endsWith(page));

        given().get(page).then().statusCode(200).body(containsString("On the agenda of the panel"))
                .body(not(containsString("Take it to the next panel meeting")));
        assertThat(agendaNotesFor(id)).as("listed once, on a meeting to come, naming the request")
                .containsExactly("Grant request: Glasses, £25.00");
    }

    @Test
    @TestSecurity(user = "frontline", roles = {"frontline", "lead-professional"})
    void aRequestAlreadyOnTheAgendaIsNotListedTwice() {
        UUID id = fixtures.request(null, 1_500);
        String page = "/grants/requests/" + id;
        RenderedForm first = RenderedForm.open(page, page + "/panel");
        first.submit().then().statusCode(303);

        // The same form sent again (a second click, a stale tab) is refused on the page and lists nothing more.
        first.submit().then().statusCode(422).body(containsString("already on the agenda"));
        assertThat(agendaNotesFor(id)).hasSize(1);
    }

    @SuppressWarnings("unchecked")
    private List<String> agendaNotesFor(UUID requestId) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select i.note from panel_item i join panel_meeting m on m.id = i.meeting_id"
                        + " where i.subject_id = ?1 and m.meeting_date >= current_date")
                .setParameter(1, requestId).getResultList());
    }
}
