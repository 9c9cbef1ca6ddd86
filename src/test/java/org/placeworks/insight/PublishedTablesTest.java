package org.placeworks.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
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

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
