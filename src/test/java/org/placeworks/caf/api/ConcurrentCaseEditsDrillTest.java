package org.placeworks.caf.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.placeworks.caf.web.CasePages;

/**
 * The "concurrent edits" drill: 20 workers each make 100 edits to one early help case through the
 * JSON API, every one a read-modify-write of the child's voice (read the case and its version, add a
 * mark of their own, save with that version). Whatever interleaving the machine produces, every
 * edit answered 200 is in the final record, no edit answered 409 is, and the case's version moved
 * once per acknowledged edit: no lost update, no half-applied refusal. A save with a version already
 * overtaken is refused with a 409 that names the version.
 *
 * <p>The requests go through the real endpoints; the signed-in worker is set by {@code @TestSecurity}
 * (one family support worker for all 20 threads, as when colleagues share a case).
 */
@QuarkusTest
@TestSecurity(user = "frontline", roles = "frontline")
class ConcurrentCaseEditsDrillTest {

    static final int WORKERS = 20;
    static final int EDITS_EACH = 100;

    @Inject
    CasePages pages;

    @Test
    void twentyWorkersMakingAHundredEditsEachLoseNoAcknowledgedEdit() throws Exception {
        CasePages.Family family = pages.family(CasePages.SOUTHBANK);
        UUID id = CasePages.refer(family, "drill@school.example");
        CasePages.consent(id);
        long before = kase(id).getLong("version");

        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        Set<String> refused = ConcurrentHashMap.newKeySet();
        List<String> unexpected = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicInteger attempts = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(WORKERS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> workers = new ArrayList<>();
        for (int w = 0; w < WORKERS; w++) {
            int worker = w;
            workers.add(pool.submit(() -> {
                start.await();
                for (int e = 0; e < EDITS_EACH; e++) {
                    String mark = mark(worker, e);
                    JsonPath seen = kase(id);
                    String voice = seen.getString("childsVoice");
                    Response saved = save(id, (voice == null ? "" : voice) + mark, seen.getLong("version"));
                    attempts.incrementAndGet();
                    switch (saved.statusCode()) {
                        case 200 -> acknowledged.add(mark);
                        case 409 -> refused.add(mark);
                        default -> unexpected.add(saved.statusCode() + " " + saved.asString());
                    }
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> worker : workers) {
            worker.get(30, TimeUnit.MINUTES);
        }
        pool.shutdown();

        JsonPath after = kase(id);
        Set<String> kept = marks(after.getString("childsVoice"));
        System.out.printf("Concurrent edits drill: %d attempts, %d acknowledged, %d refused as stale, %d kept, %d lost%n",
                attempts.get(), acknowledged.size(), refused.size(), kept.size(),
                acknowledged.stream().filter(m -> !kept.contains(m)).count());

        assertThat(unexpected).isEmpty();
        assertThat(attempts.get()).isEqualTo(WORKERS * EDITS_EACH);
        assertThat(acknowledged.size() + refused.size()).isEqualTo(WORKERS * EDITS_EACH);
        assertThat(acknowledged).isNotEmpty();
        assertThat(kept).isEqualTo(acknowledged);
        assertThat(after.getLong("version")).isEqualTo(before + acknowledged.size());

        // A save made with a version from before the drill: refused, naming the version, and nothing changed.
        save(id, "Overwritten", before).then().statusCode(409)
                .body("detail", containsString("This case was changed by someone else while you were editing"))
                .body("errors.version", containsString("Check the latest details and try again"));
        given().get("/api/v1/cases/" + id).then().body("version", equalTo((int) (before + acknowledged.size())));
        assertThat(marks(kase(id).getString("childsVoice"))).isEqualTo(acknowledged);
    }

    /** A short mark per edit (worker letter, edit number): 2,000 of them fit the child's voice. */
    private static String mark(int worker, int edit) {
        return (char) ('a' + worker) + String.format("%02d", edit) + ";";
    }

    private static Set<String> marks(String voice) {
        if (voice == null || voice.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(voice.split(";")).map(m -> m + ";").collect(Collectors.toCollection(HashSet::new));
    }

    private static JsonPath kase(UUID id) {
        return given().get("/api/v1/cases/" + id).then().statusCode(200).extract().jsonPath();
    }

    private static Response save(UUID id, String childsVoice, long version) {
        Map<String, Object> body = new HashMap<>();
        body.put("strengths", Map.of("HEALTH", "Healthy and active"));
        body.put("childsVoice", childsVoice);
        body.put("complete", false);
        body.put("version", version);
        return given().contentType(ContentType.JSON).body(body).put("/api/v1/cases/" + id + "/assessment");
    }
}
