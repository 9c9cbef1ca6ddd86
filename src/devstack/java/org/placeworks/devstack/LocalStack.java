package org.placeworks.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;

/**
 * The local stack behind deploy/local/run: PostgreSQL and Keycloak for the packaged app, keeping their
 * data in PLACEWORKS_DATA_DIR. Arguments: the file to write the app's connection settings to, and
 * {@code --fresh} to delete the data first (the script has asked for confirmation). Runs until stopped.
 */
public final class LocalStack {

    /** Exit status when another run holds the data: the message says it all, the script adds nothing. */
    static final int DATA_IN_USE = 3;

    public static void main(String[] args) throws IOException, InterruptedException {
        List<String> arguments = List.of(args);
        Path settings = Path.of(arguments.stream().filter(a -> !a.startsWith("--")).findFirst()
                .orElse("target/local-stack.properties"));
        String dataDir = System.getenv("PLACEWORKS_DATA_DIR");
        if (dataDir == null || dataDir.isBlank()) {
            throw new IllegalStateException("PLACEWORKS_DATA_DIR is not set: start the local stack with deploy/local/run");
        }
        LocalData data = new LocalData(Path.of(dataDir));
        Path projectDir = Path.of(System.getProperty("placeworks.project.dir", ".")).toAbsolutePath();
        int port = Integer.parseInt(System.getenv().getOrDefault("PLACEWORKS_KEYCLOAK_PORT",
                String.valueOf(LocalKeycloak.DEFAULT_PORT)));
        LocalDatabase database = LocalDatabase.keepingDataIn(data);
        LocalKeycloak keycloak = LocalKeycloak.keepingDataIn(data, projectDir, port);
        try {
            if (arguments.contains("--fresh")) {
                data.erase();
                LocalKeycloak.log("deleted the local data in " + data.dir() + "; starting again from nothing");
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                keycloak.close();
                database.close();
            }));
            database.start();
            keycloak.start();
        } catch (LocalData.DataInUse e) {
            System.err.println(e.getMessage());
            System.exit(DATA_IN_USE);
        }
        Map<String, String> config = new TreeMap<>(database.quarkusConfig());
        config.put("placeworks.keycloak.url", keycloak.url());
        Path partial = settings.resolveSibling(settings.getFileName() + ".tmp");
        Files.writeString(partial, config.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("\n", "", "\n")));
        Files.move(partial, settings);
        new CountDownLatch(1).await();
    }
}
