package org.placeworks.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where the local run keeps its records between starts: PostgreSQL's data in {@code pgdata} and
 * Keycloak's (the staff's sign-ins) in {@code keycloak}, side by side, so that neither outlives the other.
 */
public final class LocalData {

    private final Path dir;

    public LocalData(Path dir) {
        this.dir = dir.toAbsolutePath().normalize();
    }

    public Path dir() {
        return dir;
    }

    public Path postgres() {
        return dir.resolve("pgdata");
    }

    public Path keycloak() {
        return dir.resolve("keycloak");
    }

    /**
     * The PostgreSQL process serving this data, if one runs: PostgreSQL's own lock file names it.
     * A lock file left by a crash names a process that is gone (or is no longer PostgreSQL).
     */
    public Optional<Long> runningPostgres() {
        Path lock = postgres().resolve("postmaster.pid");
        if (!Files.exists(lock)) {
            return Optional.empty();
        }
        try (Stream<String> lines = Files.lines(lock)) {
            long pid = Long.parseLong(lines.findFirst().orElse("").trim());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(true))
                    .map(ProcessHandle::pid);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Refuses plainly when another run holds this data: two servers on one data directory would corrupt it. */
    public void requireNotInUse() {
        runningPostgres().ifPresent(pid -> {
            throw new DataInUse(this, pid);
        });
    }

    /** Deletes the records and sign-ins (only the two folders this class owns, never anything else in the directory). */
    public void erase() {
        requireNotInUse();
        for (Path part : new Path[] {postgres(), keycloak()}) {
            if (!Files.exists(part)) {
                continue;
            }
            try (Stream<Path> paths = Files.walk(part)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Could not delete " + part, e);
            }
        }
    }

    /** Another run (or a PostgreSQL left running by one) holds the data. */
    public static final class DataInUse extends RuntimeException {
        DataInUse(LocalData data, long pid) {
            super("Placeworks is already running with the data in " + data.dir() + " (its PostgreSQL is process " + pid
                    + "); stop it first or set PLACEWORKS_DATA_DIR");
        }
    }
}
