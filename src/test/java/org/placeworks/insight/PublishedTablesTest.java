package org.placeworks.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A published table is built once however many requests ask for it while it is built, and a failed build is not kept. */
class PublishedTablesTest {

    private final PublishedTables published = new PublishedTables();
    private final PublishedTables.Key key = new PublishedTables.Key("timeliness", List.of(), null, 1);

    private static InsightTable table(String title) {
        return new InsightTable("timeliness", title, "Owning service", List.of(), List.of(), "method", List.of());
    }

    @Test
    void requestsAskingWhileItIsBuiltWaitForThatBuild() throws Exception {
        AtomicInteger builds = new AtomicInteger();
        CountDownLatch building = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<InsightTable> first = CompletableFuture.supplyAsync(() -> published.get(key, () -> {
            builds.incrementAndGet();
            building.countDown();
            await(release);
            return table("Built once");
        }));
        assertThat(building.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<InsightTable> second = CompletableFuture.supplyAsync(() -> published.get(key, () -> {
            builds.incrementAndGet();
            return table("Built twice");
        }));
        Thread.sleep(100); // the second request is waiting, not building
        release.countDown();

        assertThat(second.get(10, TimeUnit.SECONDS).title()).isEqualTo("Built once");
        assertThat(first.get(10, TimeUnit.SECONDS).title()).isEqualTo("Built once");
        assertThat(builds).hasValue(1);
        assertThat(published.get(key, () -> table("Built again")).title()).as("kept").isEqualTo("Built once");
    }

    @Test
    void aFailedBuildIsNotKept() {
        assertThatThrownBy(() -> published.get(key, () -> {
            throw new IllegalStateException("The database is busy");
        })).isInstanceOf(IllegalStateException.class).hasMessage("The database is busy");

        assertThat(published.get(key, () -> table("Built after the failure")).title()).isEqualTo("Built after the failure");
    }

    @Test
    void aNewRebuildNumberBuildsTheTableAgain() {
        published.get(key, () -> table("Before the rebuild"));
        PublishedTables.Key rebuilt = new PublishedTables.Key("timeliness", List.of(), null, 2);

        assertThat(published.get(rebuilt, () -> table("After the rebuild")).title()).isEqualTo("After the rebuild");
    }

    @Test
    void aKeyMadeAfreshForAnotherRequestFindsTheTableItsPlacesFiltersAndRebuildKept() {
        published.get(key(places("Northgate", 410), YearMonth.of(2026, 1)), () -> table("Kept"));

        assertThat(published.get(key(places("Northgate", 410), YearMonth.of(2026, 1)), () -> table("Built again")).title())
                .as("equal places and filter, each made afresh").isEqualTo("Kept");
        assertThat(published.get(key(places("Northgate", 411), YearMonth.of(2026, 1)), () -> table("New population")).title())
                .as("a neighbourhood's population changed").isEqualTo("New population");
        assertThat(published.get(key(places("Northgate", 410), YearMonth.of(2026, 2)), () -> table("Other months")).title())
                .as("another period").isEqualTo("Other months");
    }

    private static PublishedTables.Key key(List<InsightPlace> places, YearMonth from) {
        return new PublishedTables.Key("caseload", places, new InsightFilter(from, YearMonth.of(2026, 11), null, null, null), 1);
    }

    private static List<InsightPlace> places(String name, int children) {
        UUID ward = UUID.fromString("00000000-0000-0000-0000-000000000002");
        return List.of(new InsightPlace(UUID.fromString("00000000-0000-0000-0000-000000000001"), "N1", name, ward, "Castle",
                null, null, 3, children, 2400), new InsightPlace(UUID.fromString("00000000-0000-0000-0000-000000000003"), "N2",
                "Southbank", ward, "Castle", null, null, 1, 220, 1300));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
