package org.placeworks.organisation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.placeworks.family.FamilyFixtures.NORTHGATE;
import static org.placeworks.family.FamilyFixtures.SOUTHBANK;
import static org.placeworks.family.FamilyFixtures.address;
import static org.placeworks.family.FamilyFixtures.person;
import static org.placeworks.family.FamilyFixtures.surname;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.placeworks.caf.CafCases;
import org.placeworks.caf.CaseWork;
import org.placeworks.family.FamilyFixtures;
import org.placeworks.geography.Places;
import org.placeworks.grant.GrantFixtures;
import org.placeworks.identity.ActingAs;
import org.placeworks.identity.Roles;
import org.placeworks.testsupport.WallProbe;

/**
 * PostgreSQL's wall behind the access rule (V44): a query that forgets the boundary, run on the app's own connections
 * as a request would run it, gets only the rows of families the member of staff is connected to. The school nurse
 * (School Nursing Southbank) covers Southbank, not Northgate.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RowWallTest {

    private static final String NURSE = "frontline2";

    @TestHTTPResource("/")
    URL root;

    @Inject
    Places places;

    @Inject
    GrantFixtures fixtures;

    @Inject
    ActingAs actingAs;

    @Inject
    CaseWork work;

    @Inject
    CafCases cases;

    UUID northgate;
    UUID southbank;
    /** A Northgate case, closed, whose team the nurse is still on (closing a case leaves its team as it was). */
    UUID closedWithTheNurse;

    @BeforeAll
    void setUp() {
        FamilyFixtures.useApp(root);
        String surname = surname();
        northgate = FamilyFixtures.family("frontline", address(places, NORTHGATE + 41), surname + " family");
        FamilyFixtures.addPerson("frontline", northgate, person("Ava", surname, "2017-05-06"));
        southbank = FamilyFixtures.family(NURSE, address(places, SOUTHBANK + 3), surname + " family");
        FamilyFixtures.addPerson(NURSE, southbank, person("Ben", surname, "2016-07-08"));
        closedWithTheNurse = fixtures.activeCase().id();
        UUID nurse = WallProbe.asOwner("select id from staff_member where username = '" + NURSE + "'").iterator().next();
        actingAs.run("frontline", Set.of(Roles.FRONTLINE),
                () -> work.addTeamMember(closedWithTheNurse, nurse, cases.find(closedWithTheNurse).version()));
        fixtures.closeWithNeedsMet(closedWithTheNurse);
    }

    @Test
    @TestSecurity(user = NURSE, roles = { "frontline", "lead-professional" })
    void aQueryThatForgetsTheBoundaryGetsOnlyTheNursesGround() {
        Set<UUID> families = asTheRequest("select id from family");
        assertThat(families).contains(southbank).doesNotContain(northgate);
        assertThat(asTheRequest("select family_id from person")).contains(southbank).doesNotContain(northgate);
        assertThat(asTheRequest("select family_id from family_list_line")).contains(southbank).doesNotContain(northgate);
        assertThat(asTheRequest("select family_id from family_place")).contains(southbank).doesNotContain(northgate);
        assertThat(families).hasSizeLessThan(everyFamily().size());
    }

    @Test
    @TestSecurity(user = NURSE, roles = { "frontline", "lead-professional" })
    void aCasePassesTheWallOnlyWithItsFamily() {
        Set<UUID> families = asTheRequest("select id from family");
        Set<UUID> everyCasesFamily = WallProbe.asOwner("select family_id from caf_case");
        assertThat(everyCasesFamily).as("the demo town has cases of families outside the nurse's ground")
                .anyMatch(family -> !families.contains(family));
        assertThat(families).containsAll(asTheRequest("select family_id from caf_case"));
    }

    @Test
    @TestSecurity(user = NURSE, roles = { "frontline", "lead-professional" })
    void theWallNeverHidesAFamilyTheRuleShows() {
        Set<UUID> walled = asTheRequest("select id from family");
        Set<UUID> opened = new HashSet<>();
        for (UUID family : everyFamily()) {
            if (given().get("/families/" + family).statusCode() == 200) {
                opened.add(family);
            }
        }
        assertThat(opened).contains(southbank);
        assertThat(walled).containsAll(opened);
    }

    @Test
    @TestSecurity(user = "frontline", roles = { "frontline", "lead-professional" })
    void myCaseIdsAreTheRequestsOwnPersonsCases() {
        Set<UUID> mine = asTheRequest(myCaseIds(false, "frontline"));
        assertThat(mine).as("frontline works on demo cases").isNotEmpty().isEqualTo(casesWorkedOnBy("frontline"));
        assertThat(asTheRequest(myCaseIds(true, "frontline"))).isSubsetOf(mine)
                .isEqualTo(intersection(mine, WallProbe.asOwner("select id from caf_case where status <> 'CLOSED'")));
    }

    @Test
    @TestSecurity(user = NURSE, roles = { "frontline", "lead-professional" })
    void aClosedCaseWhoseTeamOneIsStillOnIsNotAmongTheOpenOnes() {
        Set<UUID> mine = asTheRequest(myCaseIds(false, NURSE));
        assertThat(mine).contains(closedWithTheNurse).isEqualTo(casesWorkedOnBy(NURSE));
        assertThat(asTheRequest(myCaseIds(true, NURSE))).doesNotContain(closedWithTheNurse)
                .isEqualTo(intersection(mine, WallProbe.asOwner("select id from caf_case where status <> 'CLOSED'")));
    }

    @Test
    @TestSecurity(user = "frontline", roles = { "frontline", "lead-professional" })
    void noOneUnderTheWallLearnsAnotherPersonsCases() {
        assertThat(casesWorkedOnBy(NURSE)).as("the nurse works on cases").isNotEmpty();
        assertThat(asTheRequest(myCaseIds(false, NURSE))).isEmpty();
        assertThat(asTheRequest("select placeworks_my_case_ids(false, " + staffId(NURSE) + ", 'frontline')")).isEmpty();
        assertThat(asTheRequest("select placeworks_my_case_ids(false, " + staffId("frontline") + ", '" + NURSE + "')")).isEmpty();
    }

    @Test
    @TestSecurity(user = "frontline", roles = { "frontline", "lead-professional", "admin" })
    void workThatPassesTheWallEverywhereMayGatherAnyonesCases() {
        assertThat(asTheRequest(myCaseIds(false, "frontline"))).isNotEmpty().isEqualTo(casesWorkedOnBy("frontline"));
        assertThat(WallProbe.asSystemWork(myCaseIds(false, NURSE))).isEqualTo(casesWorkedOnBy(NURSE));
    }

    @Test
    void someoneNotSignedInGetsNoRowOfPersonalData() {
        assertThat(asTheRequest("select id from family")).isEmpty();
        assertThat(asTheRequest("select id from caf_case")).isEmpty();
        assertThat(asTheRequest("select family_id from person")).isEmpty();
        assertThat(asTheRequest(myCaseIds(false, "frontline"))).isEmpty();
    }

    @Test
    void workThatIsNotARequestSeesEveryRow() {
        Set<UUID> all = WallProbe.asSystemWork("select id from family");
        assertThat(all).isEqualTo(everyFamily()).contains(northgate, southbank);
    }

    private static Set<UUID> asTheRequest(String sql) {
        return WallProbe.asTheRequest(sql);
    }

    /** "My cases"' own case ids (V56) of the staff member with this user name. */
    private static String myCaseIds(boolean openOnly, String username) {
        return "select placeworks_my_case_ids(" + openOnly + ", " + staffId(username) + ", '" + username + "')";
    }

    private static String staffId(String username) {
        return "(select id from staff_member where username = '" + username + "')";
    }

    /** Read as the owner: the cases the person leads, is allocated, is on the team of, or referred awaiting consent. */
    private static Set<UUID> casesWorkedOnBy(String username) {
        String me = staffId(username);
        return WallProbe.asOwner("select id from caf_case where lead_professional_id = " + me + " or allocated_worker_id = " + me
                + " or id in (select case_id from caf_team_member where left_on is null and staff_id = " + me + ")"
                + " or (created_by = '" + username + "' and status = 'AWAITING_CONSENT')");
    }

    private static Set<UUID> intersection(Set<UUID> a, Set<UUID> b) {
        Set<UUID> both = new HashSet<>(a);
        both.retainAll(b);
        return both;
    }

    private static Set<UUID> everyFamily() {
        return WallProbe.asOwner("select id from family");
    }
}
