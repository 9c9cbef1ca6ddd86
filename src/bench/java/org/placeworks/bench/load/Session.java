package org.placeworks.bench.load;

import java.io.IOException;
import java.io.InputStream;
import java.net.CookieHandler;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * One signed-in member of staff, as a browser holds them: cookies (the app's encrypted session and CSRF
 * cookies), or a bearer token for the JSON API. Redirects are never followed while measuring: a page that
 * answers 302 (to Keycloak: the session was lost) is an error, not a success.
 */
public final class Session {

    private final String appUrl;
    private final Jar jar = new Jar();
    private final HttpClient client;
    private volatile String bearer;
    final String username;

    private Session(String appUrl, String username) {
        this.appUrl = appUrl;
        this.username = username;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(jar)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /**
     * Signs in as a browser does: asks for a protected page, follows the redirect to Keycloak's login page,
     * posts the user name and password to the login form's action, and follows the redirects back to the app,
     * keeping every cookie on the way.
     */
    public static Session signIn(String appUrl, String username, String password) throws IOException, InterruptedException {
        Session session = new Session(appUrl, username);
        HttpResponse<String> response = session.get(URI.create(appUrl + "/cases"));
        int hops = 0;
        while (isRedirect(response.statusCode()) && hops++ < 10) {
            response = session.get(location(response));
        }
        if (response.statusCode() != 200 || !response.body().contains("kc-form-login")) {
            throw new IllegalStateException("Expected Keycloak's login page for " + username + ", got " + response.statusCode()
                    + " at " + response.uri());
        }
        Document login = Jsoup.parse(response.body(), response.uri().toString());
        Element form = login.getElementById("kc-form-login");
        URI action = URI.create(form.absUrl("action"));
        response = session.client.send(HttpRequest.newBuilder(action)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formBody(List.of(Map.entry("username", username),
                        Map.entry("password", password), Map.entry("credentialId", "")))))
                .build(), HttpResponse.BodyHandlers.ofString());
        hops = 0;
        while (isRedirect(response.statusCode()) && hops++ < 10) {
            response = session.get(location(response));
        }
        if (response.statusCode() != 200 || !response.uri().toString().startsWith(appUrl)) {
            throw new IllegalStateException("Signing in as " + username + " ended with " + response.statusCode() + " at "
                    + response.uri() + " (wrong password, or the app's redirect is not allowed by the realm)");
        }
        return session;
    }

    /** A bearer token from Keycloak's password grant on the realm's public test client (whose tokens name the API). */
    public static Session withToken(String appUrl, String keycloakUrl, String username, String password)
            throws IOException, InterruptedException {
        Session session = new Session(appUrl, username);
        HttpResponse<String> response = session.client.send(HttpRequest.newBuilder(
                URI.create(keycloakUrl + "/realms/placeworks/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formBody(List.of(Map.entry("grant_type", "password"),
                        Map.entry("client_id", "placeworks-test"), Map.entry("username", username),
                        Map.entry("password", password)))))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("No token for " + username + ": " + response.statusCode() + " " + response.body());
        }
        var matcher = java.util.regex.Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
        if (!matcher.find()) {
            throw new IllegalStateException("No access_token in Keycloak's answer");
        }
        session.bearer = matcher.group(1);
        return session;
    }

    public String appUrl() {
        return appUrl;
    }

    private HttpRequest.Builder request(URI uri) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60));
        if (bearer != null) {
            builder.header("Authorization", "Bearer " + bearer).header("Accept", "application/json");
        } else {
            builder.header("Accept", "text/html,application/xhtml+xml,*/*");
        }
        return builder;
    }

    HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return client.send(request(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> getPage(String path) throws IOException, InterruptedException {
        return get(URI.create(appUrl + path));
    }

    /** The measured GET: reads the whole body (counting its bytes) and fails unless the status is 200. */
    public long fetch(String path) throws Exception {
        HttpResponse<InputStream> response = client.send(request(URI.create(appUrl + path)).GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        long bytes = drain(response.body());
        if (response.statusCode() != 200) {
            throw new FixedRate.Failed("GET " + path + " answered " + response.statusCode()
                    + response.headers().firstValue("Location").map(l -> " to " + l).orElse(""));
        }
        return bytes;
    }

    /** The measured form POST: succeeds on the status given (303 for a post-redirect-get form that saved). */
    public HttpResponse<String> postForm(String path, List<Map.Entry<String, String>> fields) throws IOException, InterruptedException {
        return client.send(request(URI.create(appUrl + path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formBody(fields))).build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> postJson(String path, String json) throws IOException, InterruptedException {
        return client.send(request(URI.create(appUrl + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static long drain(InputStream in) throws IOException {
        byte[] buffer = new byte[16384];
        long total = 0;
        try (in) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                total += n;
            }
        }
        return total;
    }

    static String formBody(List<Map.Entry<String, String>> fields) {
        return fields.stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private static URI location(HttpResponse<?> response) {
        String location = response.headers().firstValue("Location").orElseThrow(
                () -> new IllegalStateException("Redirect without Location from " + response.uri()));
        return response.uri().resolve(location);
    }

    /**
     * Cookies by host, sent over plain HTTP even when marked Secure: browsers treat the loopback address
     * as a secure origin, and Keycloak's login cookies are Secure. Paths and expiry are kept simple: a
     * cookie set with Max-Age=0 or an Expires in the past is removed.
     */
    static final class Jar extends CookieHandler {
        private final Map<String, Map<String, String>> byHost = new ConcurrentHashMap<>();

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) {
            Map<String, String> cookies = byHost.get(uri.getHost());
            if (cookies == null || cookies.isEmpty()) {
                return Map.of();
            }
            String header = cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; "));
            return Map.of("Cookie", List.of(header));
        }

        @Override
        public void put(URI uri, Map<String, List<String>> responseHeaders) {
            for (Map.Entry<String, List<String>> header : responseHeaders.entrySet()) {
                if (header.getKey() == null || !header.getKey().equalsIgnoreCase("Set-Cookie")) {
                    continue;
                }
                for (String value : header.getValue()) {
                    set(uri.getHost(), value);
                }
            }
        }

        private void set(String host, String setCookie) {
            String[] parts = setCookie.split(";");
            int eq = parts[0].indexOf('=');
            if (eq <= 0) {
                return;
            }
            String name = parts[0].substring(0, eq).strip();
            String value = parts[0].substring(eq + 1).strip();
            boolean expired = value.isEmpty();
            for (int i = 1; i < parts.length; i++) {
                String attribute = parts[i].strip().toLowerCase();
                if (attribute.equals("max-age=0") || attribute.startsWith("max-age=-")) {
                    expired = true;
                }
                if (attribute.startsWith("expires=")) {
                    try {
                        var when = java.time.ZonedDateTime.parse(parts[i].strip().substring(8),
                                java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME);
                        expired |= when.toInstant().isBefore(java.time.Instant.now());
                    } catch (RuntimeException e) {
                        // an unreadable date: keep the cookie
                    }
                }
            }
            Map<String, String> cookies = byHost.computeIfAbsent(host, h -> new ConcurrentHashMap<>());
            if (expired) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        }

        List<String> names(String host) {
            return new ArrayList<>(byHost.getOrDefault(host, Map.of()).keySet());
        }
    }
}
