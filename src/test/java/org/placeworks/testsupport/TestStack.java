package org.placeworks.testsupport;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.placeworks.devstack.LocalDatabase;
import org.placeworks.devstack.LocalKeycloak;

/**
 * Starts the real parts every Quarkus test talks to: PostgreSQL and Keycloak, side by side. The
 * database is a throwaway one (never the local run's data); Keycloak's data stays under target/.
 * Registered once for the whole test run.
 */
@QuarkusTestResource(value = TestStack.class, restrictToAnnotatedClass = false)
public class TestStack implements QuarkusTestResourceLifecycleManager {

    private LocalDatabase database;
    private LocalKeycloak keycloak;

    @Override
    public Map<String, String> start() {
        Path projectDir = Path.of(System.getProperty("placeworks.project.dir", "."));
        int port = Integer.parseInt(System.getProperty("placeworks.keycloak.port",
                System.getenv().getOrDefault("PLACEWORKS_KEYCLOAK_PORT", String.valueOf(LocalKeycloak.DEFAULT_PORT))));
        CompletableFuture<LocalKeycloak> idp = CompletableFuture.supplyAsync(() -> LocalKeycloak.forTests(projectDir, port).start());
        database = LocalDatabase.throwaway().start();
        keycloak = idp.join();
        Map<String, String> config = new HashMap<>(database.quarkusConfig());
        config.put("placeworks.keycloak.url", keycloak.url());
        return config;
    }

    @Override
    public void stop() {
        if (keycloak != null) {
            keycloak.close();
        }
        if (database != null) {
            database.close();
        }
    }

    public static String keycloakUrl() {
        return "http://127.0.0.1:" + System.getProperty("placeworks.keycloak.port",
                System.getenv().getOrDefault("PLACEWORKS_KEYCLOAK_PORT", String.valueOf(LocalKeycloak.DEFAULT_PORT)));
    }
}
