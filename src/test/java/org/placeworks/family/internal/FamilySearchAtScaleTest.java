package org.placeworks.family.internal;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.placeworks.family.FamilyFixtures.NORTHGATE;
import static org.placeworks.family.FamilyFixtures.SOUTHBANK;
import static org.placeworks.family.FamilyFixtures.address;
import static org.placeworks.family.FamilyFixtures.surname;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;
import org.placeworks.geography.Places;

/**
 * Family search at scale: a fixed number of SQL statements however many candidates the name matches
 * (no family looked up one by one), and the limit applied after the boundary, so that a reader whose
 * matches are crowded by families held elsewhere still gets up to the limit of their own.
 */
@QuarkusTest
class FamilySearchAtScaleTest {

    @Inject
    EntityManager em;

    @Inject
    Places places;

    @Inject
    SessionFactory sessionFactory;

    /**
     * Families of one person each, all with the same name (so they match equally and the search orders them by
     * id, which is random): the given name is {@code given}.
     */
    private List<String> families(long uprn, String surname, String given, int count) {
        UUID addressId = address(places, uprn);
        List<String> people = new java.util.ArrayList<>();
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < count; i++) {
                people.add(OnePersonFamily.persist(em, addressId, given, surname).id().toString());
            }
        });
        return people;
    }

    private JsonPath search(String name) {
        return given().queryParam("name", name).get("/api/v1/people").then().statusCode(200).extract().jsonPath();
    }

    private long statementsFor(String path) {
        return org.placeworks.testsupport.Statements.ofGet(sessionFactory, path);
    }

    @Test
    @TestSecurity(user = "frontline", roles = "frontline")
    void searchCostsTheSameStatementsForTenCandidatesAsForSixty() {
        assertThat(sessionFactory.getStatistics().isStatisticsEnabled()).isTrue();
        String ten = surname();
        String sixty = surname();
        families(SOUTHBANK, ten, "Kim", 10);
        families(SOUTHBANK, sixty, "Kim", 60);
        assertThat(search(ten).getList("person.id")).hasSize(10);
        assertThat(search(sixty).getList("person.id")).hasSize(20);

        long forTen = statementsFor("/families?name=" + ten);
        long forSixty = statementsFor("/families?name=" + sixty);
        assertThat(forSixty).as("search page statements, 60 candidates vs 10").isEqualTo(forTen);
        long apiTen = statementsFor("/api/v1/people?name=" + ten);
        long apiSixty = statementsFor("/api/v1/people?name=" + sixty);
        assertThat(apiSixty).as("search API statements, 60 candidates vs 10").isEqualTo(apiTen);
    }

    /**
     * Every match held by another service is audited, a row a person, and all of them in one statement: a search whose
     * name matches 60 people elsewhere costs what one matching 10 does.
     */
    @Test
    @TestSecurity(user = "frontline2", roles = "frontline")
    void matchesHeldElsewhereAreEachAuditedInOneStatement() {
        // School Nursing Southbank covers Southbank only: every one of these Northgate people is held elsewhere.
        String ten = surname();
        String sixty = surname();
        List<String> tenPeople = families(NORTHGATE, ten, "Nora", 10);
        List<String> sixtyPeople = families(NORTHGATE, sixty, "Nora", 60);

        long forTen = statementsFor("/api/v1/people?name=" + ten);
        long forSixty = statementsFor("/api/v1/people?name=" + sixty);
        assertThat(forSixty).as("search statements, 60 matches held elsewhere vs 10").isEqualTo(forTen);
        // statementsFor searched twice: each search wrote a row for each person, telling only whom to contact.
        assertThat(elsewhereRows(sixtyPeople)).isEqualTo(2 * 60);
        assertThat(elsewhereRows(tenPeople)).isEqualTo(2 * 10);
    }

    /** Audit rows frontline2's searches wrote on these people as matches held by another service. */
    private long elsewhereRows(List<String> people) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("select count(*) from audit_entry"
                + " where record_kind = 'person' and record_id = any(cast(:people as text[])) and actor = 'frontline2'"
                + " and summary like 'A possible match in another service''s search: told only to contact %'")
                .setParameter("people", people.toArray(String[]::new)).getSingleResult()).longValue());
    }

    @Test
    @TestSecurity(user = "frontline2", roles = "frontline")
    void theLimitAppliesAfterTheBoundarySoTheReaderStillGetsTheirOwn() {
        // School Nursing Southbank covers Southbank only. The 30 Northgate people (Nora) and the 25 Southbank ones (Sian)
        // match equally and come mixed by id: a limit of 20 taken before the boundary would leave this reader few of their own.
        String name = surname();
        families(NORTHGATE, name, "Nora", 30);
        families(SOUTHBANK, name, "Sian", 25);

        JsonPath found = search(name);
        List<String> given = new java.util.ArrayList<>(found.getList("person.givenName"));
        given.removeIf(java.util.Objects::isNull);
        assertThat(given).hasSize(20).containsOnly("Sian");
        assertThat(found.getList("notice")).contains("A possible match is held by another service: contact Family Support Thornbury");
    }
}
