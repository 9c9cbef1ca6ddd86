package org.placeworks.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;

/**
 * The local stack behind deploy/local/run: Keycloak and PostgreSQL for a Placeworks in dev mode.
 * Writes the app's connection settings to the file named by the first argument, then runs until
 * it is stopped.
 */
public final class LocalStack {

    public static void main(String[] args) throws IOException, InterruptedException {
        // Initialise logging on this thread alone: the database and Keycloak start on two threads,
        // and both initialising it at once deadlocks.
        java.util.logging.LogManager.getLogManager();
        Path settings = Path.of(args.length > 0 ? args[0] : "target/local-stack.properties");
        Path projectDir = Path.of(System.getProperty("placeworks.project.dir", ".")).toAbsolutePath();
        int port = Integer.parseInt(System.getenv().getOrDefault("PLACEWORKS_KEYCLOAK_PORT",
                String.valueOf(LocalKeycloak.DEFAULT_PORT)));
        LocalKeycloak keycloak = new LocalKeycloak(projectDir, port);
        LocalDatabase database = new LocalDatabase();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            keycloak.close();
            database.close();
        }));
        CompletableFuture<LocalKeycloak> idp = CompletableFuture.supplyAsync(keycloak::start);
        database.start();
        idp.join();
        Map<String, String> config = new TreeMap<>(database.quarkusConfig());
        config.put("placeworks.keycloak.url", keycloak.url());
        Path partial = settings.resolveSibling(settings.getFileName() + ".tmp");
        Files.writeString(partial, config.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("\n", "", "\n")));
        Files.move(partial, settings);
        new CountDownLatch(1).await();
    }
}
