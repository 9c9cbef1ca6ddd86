package org.placeworks.insight.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The full rebuild places a record by joining the families' spans of residence ({@link SummaryStatements#SPANS_CTE}),
 * the current month's run by looking each family up ({@link SummaryStatements.Placement#LOOKUP}); both must say, for
 * every family and day, what V28's {@code insight_family_neighbourhood(family, date)} says, and hold each family once
 * on a day, or a case would be counted twice or nowhere.
 */
@QuarkusTest
class FamilySpansTest {

    @Inject
    EntityManager em;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);
    private final UUID north = UUID.randomUUID();
    private final UUID south = UUID.randomUUID();
    private final UUID east = UUID.randomUUID();
    /** In north, then two residences recorded for 15 March (south, then corrected to east); lives in east now. */
    private final UUID corrected = UUID.randomUUID();
    /** No residence recorded: where it lives now, on every date. */
    private final UUID unrecorded = UUID.randomUUID();

    /** Families and days for which the spans and the function disagree, or a family held twice on a day. */
    private static final String DAYS = "generate_series(date '2023-12-01', date '2024-06-30', interval '1 day') g(d)";

    /** Where V28's function places each family on each day: asked once a family and day ("offset 0"), not again in the filter. */
    private static final String BY_FUNCTION = "select * from (select f.id, cast(g.d as date) as d,"
            + " insight_family_neighbourhood(f.id, cast(g.d as date)) as n from family f cross join " + DAYS
            + " offset 0) placed where n is not null";

    @BeforeEach
    void write() {
        QuarkusTransaction.requiringNew().run(() -> {
            for (UUID area : new UUID[] {north, south, east}) {
                sql("insert into area (id, kind, code, vintage, name, child_population) values (?1, 'NEIGHBOURHOOD', ?2, 2024,"
                        + " 'Spans', 100)", area, "S" + tag + area.toString().substring(0, 4));
            }
            family(corrected, east);
            residence(corrected, north, "2024-01-01", "2024-03-14", Instant.parse("2024-01-02T09:00:00Z"));
            residence(corrected, south, "2024-03-15", "2024-03-15", Instant.parse("2024-03-16T09:00:00Z"));
            residence(corrected, east, "2024-03-15", null, Instant.parse("2024-03-20T09:00:00Z"));
            family(unrecorded, south);
        });
    }

    @AfterEach
    void delete() {
        QuarkusTransaction.requiringNew().run(() -> {
            sql("delete from family_residence where family_id in (?1, ?2)", corrected, unrecorded);
            sql("delete from family where id in (?1, ?2)", corrected, unrecorded);
            sql("delete from area where id in (?1, ?2, ?3)", north, south, east);
        });
    }

    @Test
    void theSpansPlaceEveryFamilyOnEveryDayWhereTheFunctionDoes() {
        String bySpans = SummaryStatements.SPANS_CTE + "select f.id, cast(g.d as date), p.neighbourhood_id from family f cross join "
                + DAYS + SummaryStatements.Placement.SPANS.join("f.id", "cast(g.d as date)");

        assertPlacedAsByTheFunction(bySpans);
        // The hand-worked family: where the function says so too, and what a reader would say.
        assertThat(placeOn(corrected, "2023-12-31")).isEqualTo(east);
        assertThat(placeOn(corrected, "2024-01-01")).isEqualTo(north);
        assertThat(placeOn(corrected, "2024-03-14")).isEqualTo(north);
        assertThat(placeOn(corrected, "2024-03-15")).isEqualTo(east);
        assertThat(placeOn(unrecorded, "2024-02-01")).isEqualTo(south);
    }

    @Test
    void theLookupPlacesEveryFamilyOnEveryDayWhereTheFunctionDoes() {
        String byLookup = "select f.id, cast(g.d as date), p.neighbourhood_id from family f cross join " + DAYS
                + SummaryStatements.Placement.LOOKUP.join("f.id", "cast(g.d as date)") + " where p.neighbourhood_id is not null";

        assertPlacedAsByTheFunction(byLookup);
    }

    /** Every family and day {@code placed} (id, day, neighbourhood) as the function places it, none more, none fewer. */
    private void assertPlacedAsByTheFunction(String placed) {
        assertThat(number("select count(*) from ((" + placed + ") except all (" + BY_FUNCTION + ")) x")).isZero();
        assertThat(number("select count(*) from ((" + BY_FUNCTION + ") except all (" + placed + ")) x")).isZero();
        assertThat(number("select count(*) from (" + BY_FUNCTION + ") x")).isPositive();
    }

    private UUID placeOn(UUID family, String day) {
        return QuarkusTransaction.requiringNew().call(() -> (UUID) em.createNativeQuery(SummaryStatements.SPANS_CTE
                + "select p.neighbourhood_id from family f" + SummaryStatements.Placement.SPANS.join("f.id", "cast(?2 as date)")
                + " where f.id = ?1").setParameter(1, family).setParameter(2, LocalDate.parse(day)).getSingleResult());
    }

    private long number(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }

    private void family(UUID id, UUID livesIn) {
        sql("insert into family (id, name, place_kind, place_description, place_area_id, created_at, created_by)"
                + " values (?1, 'Spans', 'TEMPORARY', 'A hostel', ?2, now(), 'test')", id, livesIn);
    }

    private void residence(UUID family, UUID area, String from, String to, Instant recorded) {
        sql("insert into family_residence (id, family_id, kind, description, area_id, from_date, recorded_at, recorded_by)"
                + " values (gen_random_uuid(), ?1, 'TEMPORARY', 'A hostel', ?2, ?3, ?4, 'test')", family, area,
                LocalDate.parse(from), recorded);
        if (to != null) {
            // Ended before the next is recorded: a family has one residence without an end.
            sql("update family_residence set to_date = ?3 where family_id = ?1 and recorded_at = ?2", family, recorded,
                    LocalDate.parse(to));
        }
    }

    private void sql(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        query.executeUpdate();
    }
}
