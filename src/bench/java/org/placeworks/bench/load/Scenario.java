package org.placeworks.bench.load;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;

/**
 * One thing the benchmark measures: who does it (a demo user, signed in through Keycloak's page, or with a
 * bearer token for the API), what it asks for, at what rate by default, and the target the issue sets.
 */
record Scenario(String name, String description, String user, boolean api, double defaultRate, String target,
        Double p99TargetMillis, Double throughputTarget, Preparer preparer) {

    /** Finds the targets (by JDBC), checks them through the app, and returns the request to repeat. */
    @FunctionalInterface
    interface Preparer {
        FixedRate.Call prepare(Session session, Targets targets, Options options) throws Exception;
    }

    static List<Scenario> all() {
        return List.of(
                new Scenario("case-page", "GET /cases/{id} as frontline, cases they lead, round-robin", "frontline", false, 300,
                        "p99 <= 25 ms at 300/s; >= 1,000/s", 25.0, 1000.0,
                        (s, t, o) -> roundRobinGets(s, paths("/cases/", t.casesLedBy("frontline", o.targetLimit)))),
                new Scenario("my-cases", "GET /cases (My cases) as frontline", "frontline", false, 200,
                        "p99 <= 30 ms at 200/s", 30.0, null,
                        (s, t, o) -> roundRobinGets(s, List.of("/cases"))),
                new Scenario("family-search", "GET /families?name= the commonest surnames, as frontline", "frontline", false, 200,
                        "p99 <= 30 ms at 200/s", 30.0, null,
                        (s, t, o) -> roundRobinGets(s, t.commonSurnames(10).stream()
                                .map(n -> "/families?name=" + URLEncoder.encode(n, StandardCharsets.UTF_8)).toList())),
                new Scenario("dashboard", "GET /insight/caseload as manager", "manager", false, 100,
                        "p99 <= 20 ms", 20.0, null,
                        (s, t, o) -> roundRobinGets(s, List.of("/insight/caseload"))),
                new Scenario("neighbourhood", "GET /insight/neighbourhoods/{id} as manager, every neighbourhood", "manager", false,
                        100, "p99 <= 20 ms", 20.0, null,
                        (s, t, o) -> roundRobinGets(s, paths("/insight/neighbourhoods/", t.neighbourhoods(o.targetLimit)))),
                // The insight pages beside the dashboard: no target of their own but issue 12's growth (at most 1.5 times
                // their time at 10,000 cases at 1,000,000).
                new Scenario("outcomes", "GET /insight/outcomes (outcomes of closed cases, 12 months) as manager", "manager",
                        false, 10, "(none set; at most 1.5x from medium to million)", null, null,
                        (s, t, o) -> roundRobinGets(s, List.of("/insight/outcomes"))),
                new Scenario("timeliness", "GET /insight/timeliness (timescales and medians, 12 months) as manager", "manager",
                        false, 10, "(none set; at most 1.5x from medium to million)", null, null,
                        (s, t, o) -> roundRobinGets(s, List.of("/insight/timeliness"))),
                new Scenario("agenda", "GET /panel/meetings/{id} (the agenda) as chair, fullest meetings", "chair", false, 50,
                        "(none set)", null, null,
                        (s, t, o) -> roundRobinGets(s, paths("/panel/meetings/", t.meetings(10)))),
                // Pages that are each one reading (one transaction and connection): no target of their own.
                new Scenario("panels", "GET /panel (panels, meetings around today, open actions) as chair", "chair", false, 50,
                        "(none set)", null, null,
                        (s, t, o) -> roundRobinGets(s, List.of("/panel"))),
                new Scenario("grants", "GET /grants (funds, requests awaiting a decision and payment) as chair", "chair", false, 50,
                        "(none set)", null, null,
                        (s, t, o) -> roundRobinGets(s, List.of("/grants"))),
                new Scenario("fund-page", "GET /grants/funds/{id} (a fund, its breakdowns and newest ledger entries) as chair,"
                        + " longest ledgers first", "chair", false, 20, "(none set)", null, null,
                        (s, t, o) -> roundRobinGets(s, paths("/grants/funds/", t.fundsByLedger(5)))),
                new Scenario("family-page", "GET /families/{id} as frontline, families of cases they lead", "frontline", false, 100,
                        "(none set)", null, null,
                        (s, t, o) -> roundRobinGets(s, paths("/families/", t.familiesWithChildrenLedBy("frontline", o.targetLimit)))),
                new Scenario("csv-export", "GET the CSV export route (--csv-route) as manager", "manager", false, 1,
                        "<= 5 s for 200,000 rows", 5000.0, null,
                        (s, t, o) -> roundRobinGets(s, List.of(o.csvRoute))),
                new Scenario("api-case", "GET /api/v1/cases/{id} with frontline's bearer token, cases they lead", "frontline", true,
                        300, ">= 2,000/s", null, 2000.0,
                        (s, t, o) -> roundRobinGets(s, paths("/api/v1/cases/", t.casesLedBy("frontline", o.targetLimit)))),
                // Last: every referral saves a case, which the other scenarios would then read.
                new Scenario("referral", "POST /cases/new/referral (the rendered form with its CSRF token) as frontline",
                        "frontline", false, 50, ">= 500/s with every audit row", null, 500.0, Scenario::referrals));
    }

    private static List<String> paths(String prefix, List<String> ids) {
        return ids.stream().map(id -> prefix + id).toList();
    }

    /** Keeps the paths that answer 200 for this user (one request each, which also warms them) and cycles through them. */
    static FixedRate.Call roundRobinGets(Session session, List<String> candidates) throws Exception {
        List<String> paths = new ArrayList<>();
        String refused = null;
        for (String path : candidates) {
            try {
                session.fetch(path);
                paths.add(path);
            } catch (FixedRate.Failed e) {
                refused = e.getMessage();
            }
        }
        if (paths.isEmpty()) {
            throw new IllegalStateException("no target answers 200 for " + session.username
                    + (candidates.isEmpty() ? " (none found in the database)" : ": " + refused));
        }
        String[] cycle = paths.toArray(String[]::new);
        return i -> session.fetch(cycle[(int) (i % cycle.length)]);
    }

    private static final Pattern CASE_PAGE = Pattern.compile("/cases/[0-9a-f-]{36}$");

    /**
     * Reads the referral form of each family as a browser renders it (after the safeguarding screen answered no),
     * fills in what a worker types, and posts it with everything else the form carries (the CSRF token, the
     * prefilled referrer). A saved referral answers 303 to the new case.
     */
    static FixedRate.Call referrals(Session session, Targets targets, Options options) throws Exception {
        List<String> families = targets.familiesWithChildrenLedBy("frontline", 20);
        List<List<Map.Entry<String, String>>> forms = new ArrayList<>();
        List<String> actions = new ArrayList<>();
        String problem = "no family with a child on an open case led by frontline";
        for (String family : families) {
            var page = session.getPage("/cases/new/referral?familyId=" + family + "&screen=no");
            if (page.statusCode() != 200) {
                problem = "the referral form answered " + page.statusCode();
                continue;
            }
            var document = Jsoup.parse(page.body(), session.appUrl() + "/cases/new/referral");
            Element form = document.select("main form[action*=/cases/new/referral]").first();
            if (form == null) {
                problem = "no referral form on the page";
                continue;
            }
            List<Map.Entry<String, String>> fields = new ArrayList<>();
            String firstChild = form.select("input[name=childIds]").attr("value");
            String headline = form.select("select[name=needHeadline] option[value~=.+]").attr("value");
            boolean needDone = false;
            boolean headlineDone = false;
            for (var field : ((FormElement) form).formData()) {
                String key = field.key();
                String value = field.value();
                switch (key) {
                    case "reason" -> value = "Bench: school reports the children are often late and tired; mother asks for help with routines.";
                    case "needDescription" -> {
                        value = needDone ? "" : "Morning routines so the children get to school on time";
                        needDone = true;
                    }
                    case "needHeadline" -> {
                        value = headlineDone ? "" : headline;
                        headlineDone = true;
                    }
                    case "childIds" -> {
                        continue; // added below: one child, as a worker ticks
                    }
                    default -> {
                    }
                }
                fields.add(Map.entry(key, value));
            }
            fields.add(Map.entry("childIds", firstChild));
            forms.add(fields);
            actions.add(form.attr("action"));
        }
        if (forms.isEmpty()) {
            throw new IllegalStateException("referral: " + problem);
        }
        // One referral sent now, which must save: the form as filled in is what the handler accepts.
        FixedRate.Call call = i -> {
            int k = (int) (i % forms.size());
            var response = session.postForm(actions.get(k), forms.get(k));
            String location = response.headers().firstValue("Location").orElse("");
            if (response.statusCode() != 303 || !CASE_PAGE.matcher(location).find()) {
                throw new FixedRate.Failed("POST referral answered " + response.statusCode() + " " + location
                        + (response.statusCode() == 303 ? "" : " " + errorSummary(response.body())));
            }
        };
        call.send(0);
        return call;
    }

    private static String errorSummary(String body) {
        var summary = Jsoup.parse(body).select(".govuk-error-summary__list").text();
        return summary.isBlank() ? "" : "(" + summary + ")";
    }
}
