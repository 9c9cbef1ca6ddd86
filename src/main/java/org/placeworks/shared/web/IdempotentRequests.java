package org.placeworks.shared.web;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The keys of create requests and the answers they got (table {@code idempotent_request}). A key is
 * claimed, in a transaction of its own, before the request's work starts; the answer is stored once
 * the work has committed. A key belongs to the member of staff who sent it, so nobody can replay
 * another's answer. Answers may hold personal data: they are kept only for the key's lifetime and then
 * deleted by {@link #purge()}.
 */
@ApplicationScoped
public class IdempotentRequests {

    private static final Logger LOG = Logger.getLogger(IdempotentRequests.class);

    @Inject
    EntityManager em;

    @Inject
    IdempotencySettings settings;

    /** What was stored for a key: no answer yet while its first request is still being handled. */
    public record Stored(String fingerprint, Integer status, String location, String contentType, String body) {
        boolean answered() {
            return status != null;
        }
    }

    /**
     * Claims the key for this request, or answers what was stored for it. A key past its lifetime is forgotten first.
     *
     * @return empty when this request holds the key now and must do the work; otherwise the earlier use of the key
     */
    public Optional<Stored> claim(String staff, String key, String method, String path, String fingerprint) {
        return QuarkusTransaction.requiringNew().call(() -> {
            em.createNativeQuery("delete from idempotent_request where staff = ?1 and idempotency_key = ?2 "
                    + "and created_at < now() - make_interval(secs => ?3)")
                    .setParameter(1, staff).setParameter(2, key).setParameter(3, (double) settings.keyLifetime().toSeconds())
                    .executeUpdate();
            int claimed = em.createNativeQuery("insert into idempotent_request (staff, idempotency_key, method, path, fingerprint) "
                    + "values (?1, ?2, ?3, ?4, ?5) on conflict (staff, idempotency_key) do nothing")
                    .setParameter(1, staff).setParameter(2, key).setParameter(3, method).setParameter(4, path)
                    .setParameter(5, fingerprint).executeUpdate();
            return claimed == 1 ? Optional.<Stored>empty() : Optional.of(find(staff, key).orElseThrow());
        });
    }

    /**
     * The stored use of a key, re-read until it has an answer or the wait is over (a double click's second request).
     * Empty when the first request was refused meanwhile and gave the key up: this one may claim it and try.
     */
    public Optional<Stored> awaitAnswer(String staff, String key, Stored first) {
        long deadline = System.nanoTime() + settings.waitForFirst().toNanos();
        Optional<Stored> now = Optional.of(first);
        while (now.isPresent() && !now.get().answered() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return now;
            }
            now = QuarkusTransaction.requiringNew().call(() -> find(staff, key));
        }
        return now;
    }

    /** The answer the request that holds the key got, for its repeats. */
    public void answered(String staff, String key, int status, String location, String contentType, String body) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update idempotent_request set status = ?3, location = ?4, "
                + "content_type = ?5, body = ?6, answered_at = now() where staff = ?1 and idempotency_key = ?2")
                .setParameter(1, staff).setParameter(2, key).setParameter(3, status).setParameter(4, location)
                .setParameter(5, contentType).setParameter(6, body).executeUpdate());
    }

    /** The request was refused or failed: nothing was made, so the key may be used again (for the corrected form). */
    public void release(String staff, String key) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "delete from idempotent_request where staff = ?1 and idempotency_key = ?2 and status is null")
                .setParameter(1, staff).setParameter(2, key).executeUpdate());
    }

    /** Forgets keys past their lifetime, with the answers they kept. Harmless when several instances run it. */
    @Scheduled(every = "1h", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purge() {
        Duration lifetime = settings.keyLifetime();
        int gone = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "delete from idempotent_request where created_at < now() - make_interval(secs => ?1)")
                .setParameter(1, (double) lifetime.toSeconds()).executeUpdate());
        if (gone > 0) {
            LOG.infof("Forgot %d idempotency keys older than %s", gone, lifetime);
        }
    }

    private Optional<Stored> find(String staff, String key) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select fingerprint, status, location, content_type, body from idempotent_request "
                + "where staff = ?1 and idempotency_key = ?2").setParameter(1, staff).setParameter(2, key).getResultList();
        return rows.stream().findFirst().map(r -> new Stored((String) r[0], r[1] == null ? null : ((Number) r[1]).intValue(),
                (String) r[2], (String) r[3], (String) r[4]));
    }
}
