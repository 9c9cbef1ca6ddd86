package org.placeworks.panel;

import java.util.UUID;

/**
 * The panel's decision on an item, with the version of the item the chair was looking at. A decision acts:
 * "allocate a lead professional" names {@code leadProfessionalId}, whom the case then has; "award a grant"
 * on an item about a grant request may give a lower {@code awardPence} than asked (null: as asked) and names the
 * request's {@code fundId} (null: the request's own); "step up" with the {@code mashReference} the MASH gave starts the
 * case's step up (signed off as the service asks), and without one is recorded for the case's worker to make.
 */
public record DecisionCommand(DecisionCode decision, String rationale, Long version, UUID leadProfessionalId,
        Long awardPence, UUID fundId, String mashReference) {

    public DecisionCommand(DecisionCode decision, String rationale, Long version) {
        this(decision, rationale, version, null, null, null, null);
    }

    public DecisionCommand(DecisionCode decision, String rationale, Long version, UUID leadProfessionalId,
            Long awardPence, UUID fundId) {
        this(decision, rationale, version, leadProfessionalId, awardPence, fundId, null);
    }
}
