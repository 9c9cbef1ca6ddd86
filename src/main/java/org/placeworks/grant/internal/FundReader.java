package org.placeworks.grant.internal;

import java.util.Set;
import java.util.UUID;
import org.placeworks.shared.Forbidden;

/**
 * Who is reading, as the grant rule needs it: administrator or not, the services whose funds they see
 * (their own, and for managers those wholly inside their boundary), the panels they chair, and who
 * they are; whether they are a finance officer, and of which services (their own, never by a
 * manager's reach), and whether they manage. The rule itself, with no database behind it, so that it
 * is tested as a table.
 * <p>
 * Duties are kept apart: the panel or its chair decides, a finance officer of the fund's service
 * pays, and whoever asked for a grant does neither. A finance officer never decides nor cancels; an
 * award is cancelled, before it is paid, by the chair of the fund's panel or a manager who sees the fund.
 */
public record FundReader(boolean admin, Set<UUID> serviceIds, Set<UUID> chairedPanels, String username, boolean finance,
        Set<UUID> financeServiceIds, boolean manager) {

    /** A reader with no finance role and no management, as most tests and callers need. */
    public FundReader(boolean admin, Set<UUID> serviceIds, Set<UUID> chairedPanels, String username) {
        this(admin, serviceIds, chairedPanels, username, false, Set.of(), false);
    }

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

    /** Whoever asked may not decide, nor a finance officer; a decision within the delegated limit is for the chair of the fund's panel. */
    public void requireMayDecide(Fund fund, GrantRequest request, boolean delegated) {
        if (finance) {
            throw new Forbidden("A finance officer records payments and cannot decide a grant.");
        }
        if (askedFor(request)) {
            throw new Forbidden("You asked for this grant, so someone else must decide it.");
        }
        if (delegated && !chairs(fund)) {
            throw new Forbidden("Only the chair of the panel that decides this fund's grants can decide within the"
                    + " delegated limit.");
        }
    }

    /** Whether the reader is a finance officer of the fund's own service. */
    public boolean paysFor(Fund fund) {
        return finance && fund.serviceId() != null && financeServiceIds.contains(fund.serviceId());
    }

    public boolean mayPay(Fund fund, GrantRequest request) {
        return paysFor(fund) && !askedFor(request);
    }

    public void requireMayPay(Fund fund, GrantRequest request) {
        if (!paysFor(fund)) {
            throw new Forbidden("Only a finance officer of the fund's service records payments from it.");
        }
        if (askedFor(request)) {
            throw new Forbidden("You asked for this grant, so someone else must record its payment.");
        }
    }

    /** The chair of the fund's panel, or a manager who sees the fund; never a finance officer (cancelling undoes a decision). */
    public boolean mayCancel(Fund fund) {
        return !finance && (chairs(fund) || (manager && fund.serviceId() != null && serviceIds.contains(fund.serviceId())));
    }

    /** A manager of the fund's own service (or one whose boundary holds it) tops up, reduces and closes the fund. */
    public boolean managesBudget(Fund fund) {
        return manager && fund.serviceId() != null && serviceIds.contains(fund.serviceId());
    }

    public void requireMayManageBudget(Fund fund) {
        if (!managesBudget(fund)) {
            throw new Forbidden("Only a manager of the fund's service can change its budget or close it.");
        }
    }

    public void requireMayCancel(Fund fund) {
        if (finance) {
            throw new Forbidden("A finance officer records payments and cannot cancel an award.");
        }
        if (!mayCancel(fund)) {
            throw new Forbidden("Only the chair of the panel that decides this fund's grants, or a manager of its service,"
                    + " can cancel an award.");
        }
    }
}
