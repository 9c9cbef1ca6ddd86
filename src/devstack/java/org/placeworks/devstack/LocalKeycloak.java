package org.placeworks.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A real Keycloak for tests and the local run: reuses one already answering on the port, otherwise
 * unpacks the distribution that Maven fetched from Central (the version the pom names) and starts it
 * in dev mode with the Placeworks realm imported. For tests its data lives in the unpacked folder
 * under target/; the local run keeps it beside its PostgreSQL data, so staff invited there stay.
 */
public final class LocalKeycloak implements AutoCloseable {

    public static final int DEFAULT_PORT = 8180;

    private final int port;
    private final Path projectDir;
    private final LocalData data;
    private final String version;
    private final Path dist;
    private Process process;

    private LocalKeycloak(Path projectDir, int port, LocalData data) {
        this.projectDir = projectDir;
        this.port = port;
        this.data = data;
        this.version = requiredProperty("placeworks.keycloak.version");
        this.dist = Path.of(requiredProperty("placeworks.keycloak.dist"));
    }

    /** For tests: a changed realm file starts Keycloak again from empty data. */
    public static LocalKeycloak forTests(Path projectDir, int port) {
        return new LocalKeycloak(projectDir, port, null);
    }

    /** For the local run: Keycloak's database in {@link LocalData#keycloak()}, never deleted here. */
    public static LocalKeycloak keepingDataIn(LocalData data, Path projectDir, int port) {
        return new LocalKeycloak(projectDir, port, data);
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    /** True when this instance started Keycloak (and so must stop it). */
    public boolean started() {
        return process != null;
    }

    public LocalKeycloak start() {
        if (portTaken()) {
            awaitExisting(Duration.ofSeconds(120));
            log("reusing the Keycloak already running at " + url()
                    + (data == null ? "" : "; sign-ins and staff stay in that Keycloak's own data, not in " + data.keycloak()));
            return this;
        }
        Path home = unpack();
        Path realm = projectDir.resolve("deploy/keycloak/placeworks-realm.json");
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-host=127.0.0.1", "--http-port=" + port, "--hostname=" + url(),
                "--http-management-port=" + (port + 1000), "--health-enabled=true", "--import-realm"));
        if (data == null) {
            prepareImport(home, realm, home.resolve("data/h2"), home.resolve("data/realm.sha256"));
        } else {
            prepareImport(home, realm, null, data.keycloak().resolve("realm.sha256"));
            // Keycloak's own dev-file URL, moved: it adds these properties only to the URL it makes itself.
            command.add("--db-url=jdbc:h2:file:" + data.keycloak().resolve("keycloakdb")
                    + ";NON_KEYWORDS=VALUE;DB_CLOSE_ON_EXIT=FALSE;DB_CLOSE_DELAY=0");
            log("Keycloak keeps its data (the realm and its staff) in " + data.keycloak());
        }
        try {
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(home.resolve("keycloak.log").toFile());
            builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
            builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", "local-only-master-admin");
            builder.environment().put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
            log("starting Keycloak " + version + " at " + url() + " (log: " + home.resolve("keycloak.log") + ")");
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start Keycloak from " + home, e);
        }
        awaitRealm(Duration.ofSeconds(600)); // a first start on a slow or busy machine takes minutes
        return this;
    }

    @Override
    public void close() {
        if (process == null) {
            return;
        }
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    private boolean realmAnswers() {
        try {
            HttpResponse<Void> response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()
                    .send(HttpRequest.newBuilder(URI.create(url() + "/realms/placeworks"))
                            .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Something listens on the port: starting a second Keycloak there could only fail. */
    private boolean portTaken() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 2000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** A busy machine can keep a running Keycloak silent for a while: wait for it rather than start another. */
    private void awaitExisting(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (realmAnswers()) {
                return;
            }
            sleep(1000);
        }
        throw new IllegalStateException("Port " + port + " is taken, but no Keycloak with the placeworks realm answers there "
                + "within " + timeout.toSeconds() + " s; free the port or set PLACEWORKS_KEYCLOAK_PORT");
    }

    private void awaitRealm(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (realmAnswers()) {
                log("Keycloak is ready");
                return;
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited early; see its log under " + keycloakHome());
            }
            sleep(1000);
        }
        close();
        throw new IllegalStateException("Keycloak was not ready within " + timeout.toSeconds() + " s");
    }

    private Path keycloakHome() {
        return projectDir.resolve("target/keycloak-" + version);
    }

    private Path unpack() {
        Path home = keycloakHome();
        if (Files.isExecutable(home.resolve("bin/kc.sh"))) {
            return home;
        }
        if (!Files.exists(dist)) {
            throw new IllegalStateException("The Keycloak distribution is missing at " + dist
                    + "; run ./mvnw test-compile so that Maven fetches it");
        }
        try {
            Files.createDirectories(home.getParent());
            log("unpacking " + dist.getFileName());
            Process tar = new ProcessBuilder("tar", "xzf", dist.toString(), "-C", home.getParent().toString())
                    .inheritIO().start();
            if (tar.waitFor() != 0) {
                throw new IllegalStateException("Could not unpack " + dist);
            }
            return home;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Keycloak never re-imports a realm it already holds. For tests a changed realm file means starting
     * from empty data ({@code throwaway}); the local run keeps its staff and only says that the realm is older.
     */
    private static void prepareImport(Path home, Path realm, Path throwaway, Path marker) {
        try {
            byte[] content = Files.readAllBytes(realm);
            String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
            boolean changed = Files.exists(marker) && !Files.readString(marker).equals(hash);
            if (throwaway != null && (changed || !Files.exists(marker))) {
                deleteTree(throwaway);
            } else if (changed) {
                log("deploy/keycloak/placeworks-realm.json changed since this Keycloak data was made; Keycloak keeps "
                        + "the realm it has. deploy/local/run --fresh starts again from the new file (and deletes all local data)");
                return;
            }
            Files.createDirectories(home.resolve("data/import"));
            Files.write(home.resolve("data/import/placeworks-realm.json"), content);
            Files.createDirectories(marker.getParent());
            Files.writeString(marker, hash);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String requiredProperty(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " is not set: start the local stack and the tests through Maven "
                    + "(deploy/local/run, ./mvnw verify), which pass the Keycloak version from the pom");
        }
        return value;
    }

    static void log(String message) {
        System.out.println("[placeworks-local] " + message);
    }
}
