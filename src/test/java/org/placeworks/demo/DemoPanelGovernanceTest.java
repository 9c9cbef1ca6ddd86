package org.placeworks.demo;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The demo shows the panel's governance and its reach into the case: last month's meeting has a declaration of
 * interest and its minutes out for accuracy (taken first at this month's meeting), and the decision on the Nolans'
 * case is on the case's timeline.
 */
@QuarkusTest
class DemoPanelGovernanceTest {

    @Test
    @TestSecurity(user = "chair", roles = {"panel-chair", "panel-member", "lead-professional"})
    void lastMonthsMinutesAreCirculatedWithADeclarationAndThisMonthTakesThemFirst() {
        String panel = given().get("/api/v1/panels").then().statusCode(200).extract()
                .path("find { it.name == 'Thornbury Early Help Panel' }.id");
        List<String> closed = given().get("/api/v1/panels/" + panel + "/meetings").then().statusCode(200).extract()
                .path("findAll { it.status == 'CLOSED' && it.date < '" + java.time.LocalDate.now(java.time.ZoneId.of("Europe/London"))
                        + "' }.id"); // other tests close meetings of their own, today and in years to come
        assertThat(closed).isNotEmpty();
        given().get("/panel/meetings/" + closed.get(closed.size() - 1) + "/minutes").then().statusCode(200)
                .body(containsString("Circulated for accuracy"))
                .body(containsString("Erin Shaw (Eastmoor Homes): Manages the Nolan family&#39;s tenancy; withdrew"))
                .body(containsString("Allocate a lead professional: Fran Walker"));
        List<String> published = given().get("/api/v1/panels/" + panel + "/meetings").then().extract()
                .path("findAll { it.status == 'AGENDA_PUBLISHED' }.id");
        given().get("/panel/meetings/" + published.get(0) + "/run").then().statusCode(200)
                .body(containsString("Minutes of the last meeting"));
    }

    @Test
    @TestSecurity(user = "frontline", roles = {"frontline", "lead-professional"})
    void theDecisionOnTheNolansCaseIsOnItsTimeline() {
        String nolan = given().get("/api/v1/cases?q=Nolan").then().statusCode(200).extract()
                .path("find { it.familyName == 'Nolan family' }.id");
        given().get("/cases/" + nolan).then().statusCode(200)
                .body(containsString("Panel decision at Thornbury Early Help Panel"))
                .body(containsString("Allocate a lead professional (Fran Walker)"));
    }
}
