package org.placeworks.intelligence.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;
import org.placeworks.intelligence.ThornburyPlaces;
import org.placeworks.shared.Today;
import org.placeworks.testsupport.Forms;

/**
 * The public channel behind a proxy that forwards the client's address (as a council would run it): the rate
 * limit counts each client apart and answers a friendly 429 over it, remembers a bounded number of clients, and
 * nothing that came with a request (forwarded addresses, the user agent) is stored or logged anywhere.
 */
@QuarkusTest
@TestProfile(ReportChannelPrivacyTest.BehindAProxy.class)
class ReportChannelPrivacyTest {

    public static class BehindAProxy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.ofEntries(Map.entry("quarkus.http.proxy.proxy-address-forwarding", "true"),
                    Map.entry("quarkus.http.proxy.allow-x-forwarded", "true"),
                    Map.entry("quarkus.http.proxy.allow-forwarded", "true"),
                    Map.entry("placeworks.intelligence.reports-per-window", "2"),
                    Map.entry("placeworks.intelligence.lookups-per-window", "3"),
                    Map.entry("placeworks.intelligence.rate-clients", "4"));
        }
    }

    private static final String UA = "SentinelAgent/7.3.1-qzx (Sentinel; Device ZX81)";
    private static final String XFF_IP = "203.0.113.187";
    private static final String FORWARDED_IP = "198.51.100.243";

    @Inject
    Today today;

    @Inject
    ThornburyPlaces thornbury;

    @Inject
    EntityManager em;

    @Inject
    ClientLimiter limiter;

    @Test
    void eachClientHasItsOwnAllowanceAndOverItGetsAFriendly429() {
        post(from("203.0.113.10"), "First from .10 (RL-limit)").then().statusCode(200).body(containsString("Report sent"));
        post(from("203.0.113.10"), "Second from .10 (RL-limit)").then().statusCode(200);
        post(from("203.0.113.10"), "Third from .10 (RL-limit)").then().statusCode(429)
                .body(containsString("Please wait before trying again")).body(containsString("call 999"))
                .header("Retry-After", "600");
        // Another client is not held back by the first.
        post(from("203.0.113.11"), "First from .11 (RL-limit)").then().statusCode(200);

        for (int i = 0; i < 3; i++) {
            lookUpFrom("203.0.113.12").formParam("code", "AAAA-BBBB-CCCC-DDDD-EEE" + i).post("/report/check").then().statusCode(422);
        }
        lookUpFrom("203.0.113.12").formParam("code", "AAAA-BBBB-CCCC-DDDD-EEEF").post("/report/check").then().statusCode(429)
                .body(containsString("checks of a receipt code"));
        Forms.forged("/report/check").header("X-Forwarded-For", "203.0.113.12").formParam("code", "AAAA-BBBB-CCCC-DDDD-EEEF")
                .formParam("information", "more")
                .post("/report/check/information").then().statusCode(429);
        // Reports and look-ups are counted apart.
        post(from("203.0.113.12"), "Report from .12 after its look-ups (RL-limit)").then().statusCode(200);

        // However many clients come, only the configured number is remembered.
        for (int i = 20; i < 30; i++) {
            lookUpFrom("203.0.113." + i).formParam("code", "nope").post("/report/check").then().statusCode(422);
        }
        assertThat(limiter.remembered(ClientLimiter.Kind.LOOKUP)).isLessThanOrEqualTo(4);
    }

    @Test
    void nothingThatCameWithTheRequestIsStoredOrLogged() {
        List<String> logged = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                StringBuilder text = new StringBuilder(String.valueOf(record.getMessage()));
                if (record.getParameters() != null) {
                    for (Object p : record.getParameters()) {
                        text.append(' ').append(p);
                    }
                }
                for (Throwable t = record.getThrown(); t != null; t = t.getCause()) {
                    text.append(' ').append(t);
                }
                synchronized (logged) {
                    logged.add(text.toString());
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
        root.addHandler(capture);
        // What the app and the HTTP layers say, down to DEBUG, while the sentinel requests are made; put back afterwards.
        Map<java.util.logging.Logger, java.util.logging.Level> levels = new java.util.LinkedHashMap<>();
        for (String category : List.of("org.placeworks", "io.quarkus.vertx.http", "io.vertx", "org.jboss.resteasy.reactive",
                "io.quarkus.security", "io.quarkus.oidc", "io.quarkus.csrf")) {
            java.util.logging.Logger logger = java.util.logging.Logger.getLogger(category);
            levels.put(logger, logger.getLevel());
            logger.setLevel(java.util.logging.Level.FINE);
        }
        String sent;
        try {
            RequestSpecification xff = sentinel().header("X-Forwarded-For", XFF_IP + ", 10.0.0.1");
            sent = post(xff, "Sentinel report via X-Forwarded-For (RL-sentinel)").then().statusCode(200).extract().asString();
            String code = sent.replaceAll("(?s).*id=\"receipt-code\">([0-9A-Z-]{24})<.*", "$1");
            RequestSpecification forwarded = sentinel().header("Forwarded", "for=\"" + FORWARDED_IP + "\";proto=https");
            post(forwarded, "Sentinel report via Forwarded (RL-sentinel)").then().statusCode(200);
            Forms.from("/report/check").header("User-Agent", UA).header("X-Forwarded-For", XFF_IP).formParam("code", code)
                    .post("/report/check").then().statusCode(200);
            Forms.forged("/report/check").header("User-Agent", UA).header("Forwarded", "for=" + FORWARDED_IP).formParam("code", code)
                    .formParam("information", "More (RL-sentinel)")
                    .post("/report/check/information").then().statusCode(200);
            Forms.from("/report/check").header("User-Agent", UA).header("X-Forwarded-For", XFF_IP).formParam("code", "WRONG-CODE")
                    .post("/report/check").then().statusCode(422);
            sentinel().header("X-Forwarded-For", XFF_IP).formParam("action", "send").post("/report").then().statusCode(422);
            given().header("User-Agent", UA).header("X-Forwarded-For", XFF_IP).get("/report").then().statusCode(200);
        } finally {
            root.removeHandler(capture);
            levels.forEach(java.util.logging.Logger::setLevel);
        }

        assertThat(logged).as("log lines captured").isNotEmpty();
        assertThat(String.join("\n", logged)).doesNotContain(XFF_IP).doesNotContain(FORWARDED_IP).doesNotContain("SentinelAgent");
        String database = everyTableAsText();
        assertThat(database).contains("Sentinel report via X-Forwarded-For (RL-sentinel)");
        assertThat(database).doesNotContain(XFF_IP).doesNotContain(FORWARDED_IP).doesNotContain("SentinelAgent")
                .doesNotContain(code(database, sent));
    }

    /** The code as shown must not be anywhere either (only its slow hash is kept). */
    private static String code(String database, String page) {
        return page.replaceAll("(?s).*id=\"receipt-code\">([0-9A-Z-]{24})<.*", "$1").replace("-", "");
    }

    /** Every row of every table in the schema, each as text. */
    @SuppressWarnings("unchecked")
    private String everyTableAsText() {
        StringBuilder all = new StringBuilder();
        List<String> tables = em.createNativeQuery("select table_name from information_schema.tables where table_schema = current_schema() "
                + "and table_type = 'BASE TABLE'").getResultList();
        assertThat(tables).contains("intel_report", "intel_reporter", "intel_receipt", "intel_report_addition", "audit_entry");
        for (String table : tables) {
            for (Object row : em.createNativeQuery("select t::text from \"" + table + "\" t").getResultList()) {
                all.append(table).append(' ').append(row).append('\n');
            }
        }
        return all.toString();
    }

    private RequestSpecification sentinel() {
        return Forms.from("/report").header("User-Agent", UA);
    }

    private RequestSpecification from(String address) {
        return Forms.from("/report").header("X-Forwarded-For", address);
    }

    private RequestSpecification lookUpFrom(String address) {
        return Forms.from("/report/check").header("X-Forwarded-For", address);
    }

    private io.restassured.response.Response post(RequestSpecification request, String what) {
        LocalDate yesterday = today.date().minusDays(1);
        return request.formParam("whatHappened", what).formParam("category", "OTHER")
                .formParam("occurredOn-day", yesterday.getDayOfMonth()).formParam("occurredOn-month", yesterday.getMonthValue())
                .formParam("occurredOn-year", yesterday.getYear()).formParam("where", "AREA")
                .formParam("areaId", thornbury.area("Riverside").toString()).formParam("victim", "NO")
                .formParam("action", "send").post("/report");
    }
}
