package org.placeworks.panel;

import java.util.UUID;

/**
 * The panel's decision on an item, with the version of the item the chair was looking at. A decision acts:
 * "allocate a lead professional" names {@code leadProfessionalId}, whom the case then has; "award a grant"
 * on an item about a grant request may give a lower {@code awardPence} than asked (null: as asked) and names the
 * request's {@code fundId} (null: the request's own).
 */
public record DecisionCommand(DecisionCode decision, String rationale, Long version, UUID leadProfessionalId,
        Long awardPence, UUID fundId) {

    public DecisionCommand(DecisionCode decision, String rationale, Long version) {
        this(decision, rationale, version, null, null, null);
    }
}
