package org.placeworks.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The harness keeps each request's intended start: a server that stalls once for 200 ms delays the requests
 * due behind it on the one connection, and their recorded latency includes that wait (no coordinated
 * omission). Only lower bounds are asserted, which a busy machine can only make larger.
 */
class FixedRateTest {

    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            if ("i=10".equals(exchange.getRequestURI().getQuery())) {
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            byte[] body = "ok".getBytes();
            exchange.sendResponseHeaders(exchange.getRequestURI().getPath().equals("/missing") ? 404 : 200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void requestsQueuedBehindAStallRecordTheWaitFromTheirIntendedStart() throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/case";
        client.send(HttpRequest.newBuilder(URI.create(base)).build(), HttpResponse.BodyHandlers.discarding());

        // 100 requests a second for 1 s over one connection: request 10 stalls 200 ms, so about 20 requests
        // were due while it stalled. Measured from when each was sent, only the stalled one would be slow.
        // A long grace period: on a busy machine every due request is still sent.
        FixedRate.Result result = FixedRate.run(100, Duration.ofSeconds(1), 1, Duration.ofSeconds(60), i -> {
            HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(base + "?i=" + i)).build(),
                    HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() != 200) {
                throw new FixedRate.Failed("status " + response.statusCode());
            }
        });

        assertThat(result.sent()).isEqualTo(100);
        assertThat(result.unsent()).isZero();
        assertThat(result.errors()).isZero();
        // On the one connection, the requests due in the 100 ms after the stalled one (number 10) could only be
        // sent once it answered, at least 200 ms after it was due: with it, at least eleven record 100 ms or more.
        long atLeast100ms = result.latency().getCountBetweenValues(100_000, result.latency().getHighestTrackableValue());
        assertThat(atLeast100ms).isGreaterThanOrEqualTo(11);
        assertThat(result.latency().getMaxValue()).isGreaterThanOrEqualTo(195_000);
    }

    @Test
    void answersThatAreNotSuccessesAreCountedAsErrors() throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        URI missing = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/missing");

        FixedRate.Result result = FixedRate.run(50, Duration.ofMillis(200), 2, Duration.ofSeconds(60), i -> {
            HttpResponse<Void> response = client.send(HttpRequest.newBuilder(missing).build(), HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() != 200) {
                throw new FixedRate.Failed("status " + response.statusCode());
            }
        });

        assertThat(result.sent()).isEqualTo(10);
        assertThat(result.errors()).isEqualTo(10);
        assertThat(result.errorSamples()).first().asString().contains("status 404");
    }
}
