package org.placeworks.caf;

import java.util.UUID;
import org.placeworks.caf.internal.CafCase;

/** A case closed (by choice, step up or withdrawal of consent): the referrer is told after the change commits. */
public record CaseClosed(UUID caseId, String reference, String referrerName, String referrerEmail, ClosureReason reason) {

    static CaseClosed of(CafCase c) {
        return new CaseClosed(c.id(), c.reference(), c.referrer().name(), c.referrer().email(), c.closureReason());
    }
}
