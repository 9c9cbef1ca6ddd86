package org.placeworks.caf;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * How needs have gone, by need id, for features that count outcomes across many cases (grant spend
 * against the needs it met): the headline outcome, the scores and the outcome at closure, and nothing
 * that names a family or a case, so it is read without opening (or auditing) each case. Callers show
 * only aggregates, with small numbers suppressed.
 */
@ApplicationScoped
public class NeedResults {

    /** One need's result: its scores (null until assessed) and its outcome (null while the case is open). */
    public record NeedResult(UUID needId, HeadlineOutcome headline, Integer baselineScore, Integer currentScore,
            NeedOutcome outcome) {

        /** Score points moved since the assessment (positive is better), or null before it was scored twice. */
        public Integer moved() {
            return baselineScore == null || currentScore == null ? null : currentScore - baselineScore;
        }
    }

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, NeedResult> of(Collection<UUID> needIds) {
        Map<UUID, NeedResult> results = new HashMap<>();
        if (needIds.isEmpty()) {
            return results;
        }
        em.createQuery("select n.id, n.headline, n.baselineScore, n.currentScore, n.outcome from Need n where in_array(n.id, :ids)",
                Object[].class).setParameter("ids", needIds.toArray(UUID[]::new)).getResultList()
                .forEach(r -> results.put((UUID) r[0], new NeedResult((UUID) r[0], (HeadlineOutcome) r[1], (Integer) r[2],
                        (Integer) r[3], (NeedOutcome) r[4])));
        return results;
    }
}
