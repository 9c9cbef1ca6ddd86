package org.placeworks.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.placeworks.insight.InsightTable.Level;
import org.placeworks.insight.internal.Measure;
import org.placeworks.insight.internal.StoreStamp;
import org.placeworks.insight.internal.Summary;
import org.placeworks.organisation.Strand;

/** The caseload table's roll-ups, suppression and strand columns, over a made-up ground and summary. */
class CaseloadTableTest {

    private final UUID locality = UUID.randomUUID();
    private final UUID east = UUID.randomUUID();
    private final UUID west = UUID.randomUUID();
    private final UUID n1 = UUID.randomUUID();
    private final UUID n2 = UUID.randomUUID();
    private final UUID n3 = UUID.randomUUID();
    private final Map<UUID, Map<Measure, Long>> raw = new LinkedHashMap<>();

    private final InsightFilter year = new InsightFilter(YearMonth.of(2026, 1), YearMonth.of(2026, 12), null, null, null);

    private CaseloadTable table() {
        List<InsightPlace> ground = List.of(
                new InsightPlace(n1, "N1", "Abbey", east, "East", locality, "Town", 2, 500, 2000),
                new InsightPlace(n2, "N2", "Brook", east, "East", locality, "Town", 5, 400, 1800),
                new InsightPlace(n3, "N3", "Castle", west, "West", locality, "Town", 9, 500, 2100));
        CaseloadTable table = new CaseloadTable();
        table.scope = new InsightScope() {
            @Override
            public List<InsightPlace> neighbourhoods() {
                return ground;
            }
        };
        table.summary = new Summary() {
            @Override
            public Map<UUID, Map<Measure, Long>> byNeighbourhood(InsightFilter filter, Collection<UUID> neighbourhoods) {
                Map<UUID, Map<Measure, Long>> result = new LinkedHashMap<>();
                for (UUID id : neighbourhoods) {
                    Map<Measure, Long> values = new EnumMap<>(Measure.class);
                    for (Measure m : Measure.values()) {
                        values.put(m, raw.getOrDefault(id, Map.of()).getOrDefault(m, 0L));
                    }
                    result.put(id, values);
                }
                return result;
            }
        };
        // A fresh keeper per table: the figures set by each test are read, never an earlier test's.
        table.stamp = new StoreStamp() {
            @Override
            public Stamp get() {
                return new Stamp(null, 1);
            }
        };
        table.published = new PublishedTables();
        return table;
    }

    private void set(UUID neighbourhood, Measure measure, long value) {
        raw.computeIfAbsent(neighbourhood, k -> new EnumMap<>(Measure.class)).put(measure, value);
    }

    private static String cell(InsightTable table, String rowKey, String column) {
        int c = table.columns().stream().map(InsightTable.Column::key).toList().indexOf(column);
        return table.rows().stream().filter(r -> r.key().equals(rowKey)).findFirst().orElseThrow().figures().get(c).text();
    }

    @Test
    void rowsRollUpNeighbourhoodsIntoWardsLocalitiesAndTheTotal() {
        InsightTable table = table().table(year);
        assertThat(table.rows()).extracting(InsightTable.Row::key).containsExactly("locality:" + locality, "ward:" + east,
                "neighbourhood:" + n1, "neighbourhood:" + n2, "ward:" + west, "neighbourhood:" + n3, "total");
        assertThat(table.rows()).extracting(InsightTable.Row::level).containsExactly(Level.LOCALITY, Level.WARD,
                Level.NEIGHBOURHOOD, Level.NEIGHBOURHOOD, Level.WARD, Level.NEIGHBOURHOOD, Level.TOTAL);
        assertThat(table.columns()).hasSize(16);
        assertThat(table.method()).contains("end of the period's last month").contains("per 1,000");
    }

    @Test
    void aCountUnderFiveIsHiddenAndSoIsTheSmallestCountBesideItInTheSameWard() {
        set(n1, Measure.REFERRALS, 10);
        set(n2, Measure.REFERRALS, 3);
        set(n3, Measure.REFERRALS, 20);
        InsightTable table = table().table(year);
        assertThat(cell(table, "neighbourhood:" + n2, "referrals")).isEqualTo("fewer than 5");
        // East ward shows 13: Abbey's 10 would give Brook's 3 away.
        assertThat(cell(table, "neighbourhood:" + n1, "referrals")).isEqualTo("withheld");
        assertThat(cell(table, "ward:" + east, "referrals")).isEqualTo("13");
        assertThat(cell(table, "neighbourhood:" + n3, "referrals")).isEqualTo("20");
        assertThat(cell(table, "ward:" + west, "referrals")).isEqualTo("20");
        assertThat(cell(table, "locality:" + locality, "referrals")).isEqualTo("33");
        assertThat(cell(table, "total", "referrals")).isEqualTo("33");
    }

    @Test
    void theRateOfChildrenAndTheGrantsAmountAreHiddenWithTheirCounts() {
        set(n1, Measure.CHILDREN_ON_OPEN_CASES, 2);
        set(n2, Measure.CHILDREN_ON_OPEN_CASES, 6);
        set(n3, Measure.CHILDREN_ON_OPEN_CASES, 20);
        set(n1, Measure.GRANTS, 4);
        set(n1, Measure.GRANT_PENCE, 12_000);
        set(n2, Measure.GRANTS, 7);
        set(n2, Measure.GRANT_PENCE, 30_000);
        set(n3, Measure.GRANTS, 5);
        set(n3, Measure.GRANT_PENCE, 25_050);
        InsightTable table = table().table(year);
        // 20 children of 500: 40 per 1,000. East: Abbey's 2 is hidden, so Brook's 6 is withheld too; East's 8 of 900.
        assertThat(cell(table, "neighbourhood:" + n3, "children-per-1000")).isEqualTo("40.0");
        assertThat(cell(table, "neighbourhood:" + n1, "children-per-1000")).isEqualTo("fewer than 5");
        assertThat(cell(table, "neighbourhood:" + n2, "children-per-1000")).isEqualTo("withheld");
        assertThat(cell(table, "ward:" + east, "children-per-1000")).isEqualTo("8.9");
        // 28 children of 1,400 in the town: 20 per 1,000.
        assertThat(cell(table, "total", "children-per-1000")).isEqualTo("20.0");

        assertThat(cell(table, "neighbourhood:" + n1, "grant-amount")).isEqualTo("fewer than 5");
        assertThat(cell(table, "neighbourhood:" + n2, "grant-amount")).isEqualTo("withheld");
        assertThat(cell(table, "neighbourhood:" + n3, "grant-amount")).isEqualTo("£250.50");
        assertThat(cell(table, "total", "grant-amount")).isEqualTo("£670.50");
    }

    @Test
    void aWardOfOneNeighbourhoodBesideAHiddenWardIsWithheldDownToItsNeighbourhood() {
        // East (Abbey and Brook) has none: hidden. The town's 9 would give East away from West's 9, so West is
        // withheld, and then Castle, which is all of West.
        set(n3, Measure.OPEN_ESTATE_ISSUES, 9);
        InsightTable table = table().table(year);
        assertThat(cell(table, "ward:" + east, "open-estate-issues")).isEqualTo("fewer than 5");
        assertThat(cell(table, "ward:" + west, "open-estate-issues")).isEqualTo("withheld");
        assertThat(cell(table, "neighbourhood:" + n3, "open-estate-issues")).isEqualTo("withheld");
        assertThat(cell(table, "locality:" + locality, "open-estate-issues")).isEqualTo("9");
    }

    @Test
    void columnsOfAStrandNotChosenShowNoData() {
        // Every neighbourhood at 5 or more, so that nothing is hidden and only the strand decides.
        for (UUID n : List.of(n1, n2, n3)) {
            set(n, Measure.REFERRALS, 20);
            set(n, Measure.ESTATE_ISSUES_REPORTED, 9);
            set(n, Measure.OPEN_ESTATE_ISSUES, 9);
        }
        InsightTable estate = table().table(new InsightFilter(year.from(), year.to(), Strand.ESTATE_SERVICES, null, null));
        assertThat(cell(estate, "neighbourhood:" + n3, "referrals")).isEqualTo("no data");
        assertThat(cell(estate, "neighbourhood:" + n3, "open-estate-issues")).isEqualTo("9");
        assertThat(cell(estate, "total", "open-estate-issues")).isEqualTo("27");

        InsightTable byWorker = table().table(new InsightFilter(year.from(), year.to(), null, null, UUID.randomUUID()));
        assertThat(cell(byWorker, "neighbourhood:" + n3, "referrals")).isEqualTo("20");
        assertThat(cell(byWorker, "neighbourhood:" + n3, "open-estate-issues")).isEqualTo("no data");
    }
}
