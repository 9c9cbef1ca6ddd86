package org.placeworks.grant;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.placeworks.caf.CaseView;
import org.placeworks.family.Families;
import org.placeworks.family.MoveCommand;
import org.placeworks.family.PlaceKind;
import org.placeworks.geography.Places;
import org.placeworks.identity.ActingAs;
import org.placeworks.identity.Roles;

/**
 * A fund's spend by neighbourhood counts each award where the family lived when it asked (V65): a family that moves
 * afterwards does not take its award with it, so the figures for a past month stay as they were.
 */
@QuarkusTest
class SpendWhereTheFamilyLivedTest {

    /** Where GrantFixtures.activeCase registers each family, and an address in another neighbourhood. */
    private static final long HOME_WHEN_ASKED = 100090000010L;
    private static final long HOME_AFTER = 100090000182L;

    @Inject
    GrantFixtures fixtures;

    @Inject
    GrantRequests requests;

    @Inject
    Families families;

    @Inject
    Places places;

    @Inject
    ActingAs actingAs;

    @Test
    @TestSecurity(user = "manager", roles = "manager")
    void anAwardIsCountedWhereTheFamilyLivedWhenItAskedThoughItMovesLater() {
        String askedFrom = places.addressByUprn(HOME_WHEN_ASKED).orElseThrow().neighbourhoodName();
        String movedTo = places.addressByUprn(HOME_AFTER).orElseThrow().neighbourhoodName();
        assertThat(movedTo).isNotEqualTo(askedFrom);
        UUID fund = fixtures.fundOfPanel(fixtures.thornburyPanel(), 73);
        for (int i = 0; i < 5; i++) {
            CaseView kase = fixtures.activeCase();
            approved(fund, 2_500, kase);
            moveAway(kase.family().id());
        }

        given().get("/api/v1/funds/" + fund).then().statusCode(200)
                .body("byNeighbourhood.find { it.name == '" + askedFrom + "' }.awards", equalTo(5))
                .body("byNeighbourhood.find { it.name == '" + askedFrom + "' }.committedPence", equalTo(12_500))
                .body("byNeighbourhood.find { it.name == '" + movedTo + "' }", nullValue());
        String page = given().get("/grants/funds/" + fund).then().statusCode(200).extract().asString();
        assertThat(page).contains(askedFrom).contains("£125.00");
    }

    private void approved(UUID fund, long pence, CaseView kase) {
        UUID id = fixtures.request(fund, pence, kase);
        actingAs.run("chair", Set.of(Roles.PANEL_CHAIR), () -> requests.decide(id, new DecisionCommand(DecisionRoute.CHAIR,
                null, DecisionOutcome.APPROVE, null, "Meets the need", fixtures.version(id))));
    }

    private void moveAway(UUID family) {
        actingAs.run("frontline", Set.of(Roles.FRONTLINE, Roles.LEAD_PROFESSIONAL), () -> families.move(family,
                new MoveCommand(PlaceKind.HOME, places.addressByUprn(HOME_AFTER).orElseThrow().id(), null, null,
                        LocalDate.now(ZoneId.of("Europe/London")), families.family(family).version())));
    }
}
