package org.placeworks.demo;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The demo police officer on the Thornbury panel reads this month's published agenda: the Nolans agreed
 * to share with the police and are shown; the Quinns refused, so their item is not, and the page says so.
 */
@QuarkusTest
class DemoPanelMemberTest {

    @Test
    @TestSecurity(user = "member", roles = "panel-member")
    void theDemoPoliceMemberSeesOnlyWhatFamiliesAgreedToShareWithThePolice() {
        String panel = given().get("/api/v1/panels").then().statusCode(200).extract()
                .path("find { it.name == 'Thornbury Early Help Panel' }.id");
        List<String> published = given().get("/api/v1/panels/" + panel + "/meetings").then().statusCode(200).extract()
                .path("findAll { it.status == 'AGENDA_PUBLISHED' }.id");
        assertThat(published).isNotEmpty();
        String agenda = "/panel/meetings/" + published.get(0);
        given().get(agenda).then().statusCode(200)
                .body(containsString("Nolan family"))
                .body(not(containsString("Quinn family")))
                .body(containsString("the family has not agreed to share it with Shire Constabulary."));
    }
}
