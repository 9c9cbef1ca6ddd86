package org.placeworks.intelligence.web;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.placeworks.intelligence.IntelligenceSettings;

/**
 * Limits how often one client may send reports and look up receipt codes, in memory only. A client is
 * known by an HMAC of its address under a random key made when the app starts and never written down,
 * so neither the address nor anything that leads back to it is kept; a restart forgets everyone.
 * The address is the socket's, or the one a proxy forwarded only when
 * {@code quarkus.http.proxy.proxy-address-forwarding} is on (Vert.x then gives it as the remote address).
 * Each kind keeps at most {@code rate-clients} clients, the least recently seen forgotten first.
 */
@ApplicationScoped
public class ClientLimiter {

    /** What is limited, each with its own allowance. */
    public enum Kind {
        REPORT, LOOKUP
    }

    @Inject
    IntelligenceSettings settings;

    @Inject
    Clock clock;

    private SecretKeySpec key;
    private final Map<Kind, Window> windows = new java.util.EnumMap<>(Kind.class);

    @PostConstruct
    void start() {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        key = new SecretKeySpec(random, "HmacSHA256");
        windows.put(Kind.REPORT, new Window(settings.reportsPerWindow()));
        windows.put(Kind.LOOKUP, new Window(settings.lookupsPerWindow()));
    }

    /** Whether the client making this request has used up its allowance of this kind for now. */
    public boolean over(Kind kind, HttpServerRequest request) {
        return windows.get(kind).over(client(request), clock.instant(), settings.rateWindow());
    }

    /** Counts one use by the client making this request (a report kept, a receipt code looked up). */
    public void count(Kind kind, HttpServerRequest request) {
        windows.get(kind).count(client(request), clock.instant());
    }

    private String client(HttpServerRequest request) {
        SocketAddress address = request.remoteAddress();
        String host = address == null ? "unknown" : address.hostAddress() != null ? address.hostAddress() : address.host();
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return Base64.getEncoder().withoutPadding().encodeToString(mac.doFinal(String.valueOf(host).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /** The attempts of each client in the window, least recently seen client first. */
    private final class Window {

        private final int allowance;
        private final LinkedHashMap<String, Deque<Instant>> clients = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Deque<Instant>> eldest) {
                return size() > settings.rateClients();
            }
        };

        Window(int allowance) {
            this.allowance = allowance;
        }

        synchronized boolean over(String client, Instant now, Duration window) {
            Deque<Instant> uses = clients.get(client);
            if (uses == null) {
                return false;
            }
            Instant from = now.minus(window);
            while (!uses.isEmpty() && !uses.peekFirst().isAfter(from)) {
                uses.pollFirst();
            }
            if (uses.isEmpty()) {
                clients.remove(client);
                return false;
            }
            return uses.size() >= allowance;
        }

        synchronized void count(String client, Instant now) {
            Deque<Instant> uses = clients.computeIfAbsent(client, c -> new ArrayDeque<>());
            uses.addLast(now);
            // A client over its allowance needs only the latest uses to know when it may try again.
            while (uses.size() > allowance) {
                uses.pollFirst();
            }
        }

        synchronized int size() {
            return clients.size();
        }
    }

    /** How many clients of a kind are remembered (bounded by {@code rate-clients}). */
    int remembered(Kind kind) {
        return windows.get(kind).size();
    }
}
