package org.placeworks.grant;

import java.time.LocalDate;
import java.util.UUID;
import org.placeworks.shared.Money;

/** An approved award not yet paid, as finance sees it on the grants page: no case, no family. */
public record AwaitingPayment(UUID id, String fundName, String item, GrantCategory category, String supplier,
        long approvedPence, LocalDate decidedOn) {

    public String approved() {
        return Money.format(approvedPence);
    }
}
