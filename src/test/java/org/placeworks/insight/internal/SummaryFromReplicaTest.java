package org.placeworks.insight.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.placeworks.insight.InsightFilter;

/**
 * With the {@code insight} datasource configured (PLACEWORKS_INSIGHT_DB_URL: in production a read-only replica), the
 * summary store is read through it, and every figure of {@link SummaryRebuildTest} comes out the same. Here it points
 * at the test's own database, which a replica mirrors: what this shows is that the reads go that way, not replication.
 */
@QuarkusTest
@TestProfile(SummaryFromReplicaTest.OnAReplica.class)
class SummaryFromReplicaTest extends SummaryRebuildTest {

    public static class OnAReplica implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.\"insight\".jdbc.url", "${quarkus.datasource.jdbc.url}",
                    "quarkus.datasource.\"insight\".jdbc.enable-metrics", "true");
        }
    }

    @Inject
    @DataSource("insight")
    AgroalDataSource insight;

    @Inject
    SummaryReads reads;

    @Test
    void theSummaryIsReadThroughTheInsightDatasource() {
        assertThat(reads.fromReplica()).isTrue();
        long before = insight.getMetrics().acquireCount();

        summary.trend(fixture.north, Measure.OPEN_CASES,
                new InsightFilter(YearMonth.parse("2024-01"), YearMonth.parse("2024-05"), null, null, null));
        summary.refreshedAt();

        assertThat(insight.getMetrics().acquireCount() - before).isEqualTo(2);
    }
}
