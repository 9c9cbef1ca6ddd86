package org.placeworks.grant.internal;

import java.util.Set;
import java.util.UUID;
import org.placeworks.shared.Forbidden;

/**
 * Who is reading, as the grant rule needs it: administrator or not, the services whose funds they see
 * (their own, and for managers those wholly inside their boundary), the panels they chair, and who
 * they are. The rule itself, with no database behind it, so that it is tested as a table.
 */
public record FundReader(boolean admin, Set<UUID> serviceIds, Set<UUID> chairedPanels, String username) {

    public boolean sees(Fund fund) {
        return admin || (fund.serviceId() != null && serviceIds.contains(fund.serviceId()))
                || (fund.panelId() != null && chairedPanels.contains(fund.panelId()));
    }

    /** Whether the reader chairs the panel that decides this fund's grants. */
    public boolean chairs(Fund fund) {
        return fund.panelId() != null && chairedPanels.contains(fund.panelId());
    }

    public boolean askedFor(GrantRequest request) {
        return request.requestedBy() != null && request.requestedBy().equals(username);
    }

    /** Whoever asked may not decide; a decision within the delegated limit is for the chair of the fund's panel. */
    public void requireMayDecide(Fund fund, GrantRequest request, boolean delegated) {
        if (askedFor(request)) {
            throw new Forbidden("You asked for this grant, so someone else must decide it.");
        }
        if (delegated && !chairs(fund)) {
            throw new Forbidden("Only the chair of the panel that decides this fund's grants can decide within the"
                    + " delegated limit.");
        }
    }

    public void requireMayPay(GrantRequest request) {
        if (askedFor(request)) {
            throw new Forbidden("You asked for this grant, so someone else must record its payment.");
        }
    }
}
