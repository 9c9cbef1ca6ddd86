package org.placeworks.grant;

import java.util.UUID;
import org.placeworks.shared.Money;

/** A line of the list of requests waiting for the chair or the panel. */
public record AwaitingDecision(UUID id, UUID caseId, String caseReference, String familyName, String item,
        GrantCategory category, long amountPence, boolean onAgenda) {

    public String amount() {
        return Money.format(amountPence);
    }
}
