package org.placeworks.panel;

import java.util.Map;
import java.util.UUID;
import org.placeworks.caf.ClosureReason;
import org.placeworks.caf.NeedOutcome;

/**
 * The panel's decision on an item, with the version of the item the chair was looking at. A decision acts:
 * "allocate a lead professional" names {@code leadProfessionalId}, whom the case then has; "award a grant"
 * on an item about a grant request may give a lower {@code awardPence} than asked (null: as asked) and names the
 * request's {@code fundId} (null: the request's own); "step up" with the {@code mashReference} the MASH gave starts the
 * case's step up (signed off as the service asks), and without one is recorded for the case's worker to make; "close"
 * with a {@code closureReason} and the {@code outcomes} of each of the case's needs (by need id) starts the case's
 * closure (signed off as the service asks), and without a reason is recorded for the case's worker to make.
 */
public record DecisionCommand(DecisionCode decision, String rationale, Long version, UUID leadProfessionalId,
        Long awardPence, UUID fundId, String mashReference, ClosureReason closureReason, Map<UUID, NeedOutcome> outcomes) {

    public DecisionCommand {
        // An outcome left blank is no outcome: the closure's own rules then name the need.
        outcomes = outcomes == null ? Map.of() : outcomes.entrySet().stream().filter(e -> e.getKey() != null && e.getValue() != null)
                .collect(java.util.stream.Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    public DecisionCommand(DecisionCode decision, String rationale, Long version) {
        this(decision, rationale, version, null, null, null, null, null, null);
    }

    public DecisionCommand(DecisionCode decision, String rationale, Long version, UUID leadProfessionalId,
            Long awardPence, UUID fundId) {
        this(decision, rationale, version, leadProfessionalId, awardPence, fundId, null, null, null);
    }

    public DecisionCommand(DecisionCode decision, String rationale, Long version, UUID leadProfessionalId,
            Long awardPence, UUID fundId, String mashReference) {
        this(decision, rationale, version, leadProfessionalId, awardPence, fundId, mashReference, null, null);
    }

    /** "Close" with the reason and each need's outcome, which starts the case's closure. */
    public static DecisionCommand close(String rationale, Long version, ClosureReason reason, Map<UUID, NeedOutcome> outcomes) {
        return new DecisionCommand(DecisionCode.CLOSE, rationale, version, null, null, null, null, reason, outcomes);
    }
}
