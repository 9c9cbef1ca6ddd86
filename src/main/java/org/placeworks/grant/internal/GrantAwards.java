package org.placeworks.grant.internal;

import java.time.LocalDate;
import java.util.UUID;
import org.placeworks.grant.DecisionRoute;

/**
 * The budget rules where a fund and a request change together. Callers hold the fund's row lock
 * ({@link FundRepository#lockedForAward}).
 */
public final class GrantAwards {

    private GrantAwards() {
    }

    /** Checks the award against the fund's limits and remaining budget, then commits it. */
    public static void approve(Fund fund, GrantRequest request, long pence, long familyAwardedThisYear, DecisionRoute route,
            UUID meetingId, String reason, String by, LocalDate on) {
        request.approve(pence, route, meetingId, reason, by, on);
        fund.commit(pence, familyAwardedThisYear);
    }

    public static void decline(GrantRequest request, DecisionRoute route, UUID meetingId, String reason, String by, LocalDate on) {
        request.decline(route, meetingId, reason, by, on);
    }

    /** Cancels an approved, unpaid award and releases its commitment from the fund. */
    public static void cancel(Fund fund, GrantRequest request, String reason, String by, LocalDate on) {
        long committed = request.committedPence();
        request.cancel(reason, by, on);
        fund.release(committed);
    }

    /** An award unpaid too long lapses and releases its commitment from the fund. */
    public static void lapse(Fund fund, GrantRequest request, LocalDate on) {
        long committed = request.committedPence();
        request.lapse(on);
        fund.release(committed);
    }

    /** Tops up (positive) or reduces (negative) the fund's budget. */
    public static void changeBudget(Fund fund, long deltaPence) {
        fund.changeBudget(deltaPence);
    }

    public static void close(Fund fund, String by, LocalDate on) {
        fund.close(by, on);
    }

    /** The payment replaces the committed approval with what was actually paid. */
    public static void pay(Fund fund, GrantRequest request, long pence) {
        long approved = request.approvedPence() == null ? 0 : request.approvedPence();
        request.paid();
        fund.paid(approved, pence);
    }
}
