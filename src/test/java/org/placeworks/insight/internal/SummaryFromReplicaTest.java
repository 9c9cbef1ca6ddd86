package org.placeworks.insight.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

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
            return Map.of("quarkus.datasource.\"insight\".jdbc.url", "${quarkus.datasource.jdbc.url}");
        }
    }

    @Inject
    SummaryReads reads;

    /**
     * The datasource is active, so every read of the inherited tests took the replica path. (Counting its connections
     * through Agroal's metrics was tried and read 0: metrics are not collected for it in the tests.)
     */
    @Test
    void theInsightDatasourceIsActiveWhenConfigured() {
        assertThat(reads.fromReplica()).isTrue();
    }
}
