package org.placeworks.access;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestIdentityAssociation;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.placeworks.access.NeedToKnow.FamilyRecord;

/**
 * The family page offers to add a document only to someone who may change the family (inside their boundary): a Team
 * member from another service reads the family, and is offered nothing to change (Families.mayChange).
 */
@QuarkusTest
class FamilyChangeLinkTest {

    @Inject
    MatrixPeople people;

    @Test
    @TestSecurity(user = "frontline", roles = "frontline")
    void onlySomeoneWhoMayChangeTheFamilyIsOfferedToAddADocument() {
        MatrixPeople.Records records = people.setUp();
        try {
            String family = records.families().get(FamilyRecord.BEGUM).toString();
            // The link itself, not the path: the family's timeline lists refused attempts on it by path.
            String link = "href=\"/families/" + family + "/documents/new\"";
            as(Persona.FRONTLINE);
            given().get("/families/" + family).then().statusCode(200).body(containsString(link));
            as(Persona.TEAM_MEMBER);
            given().get("/families/" + family).then().statusCode(200).body(not(containsString(link)));
        } finally {
            people.putBack();
        }
    }

    private static void as(Persona persona) {
        Arc.container().instance(TestIdentityAssociation.class).get().setTestIdentity(persona.identity());
    }
}
