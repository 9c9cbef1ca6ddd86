package org.placeworks.grant.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.UUID;
import org.placeworks.shared.Conflict;
import org.placeworks.grant.FinancialYear;
import org.placeworks.shared.InvalidInput;
import org.placeworks.shared.Money;

/** A cash-limited fund for one financial year. Its committed total only grows while its row is locked. */
@Entity
@Table(name = "grant_fund")
public class Fund {

    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy",
            java.util.Locale.UK);

    @Id
    UUID id;

    String name;

    @Column(name = "year_start")
    int yearStart;

    @Column(name = "budget_pence")
    long budgetPence;

    @Column(name = "max_award_pence")
    long maxAwardPence;

    @Column(name = "max_per_family_pence")
    long maxPerFamilyPence;

    @Column(name = "chair_limit_pence")
    long chairLimitPence;

    @Column(name = "service_id")
    UUID serviceId;

    @Column(name = "panel_id")
    UUID panelId;

    @Column(name = "committed_pence")
    long committedPence;

    @Column(name = "paid_pence")
    long paidPence;

    @Column(name = "closed_on")
    LocalDate closedOn;

    @Column(name = "closed_by")
    String closedBy;

    @Version
    long version;

    protected Fund() {
    }

    public Fund(UUID serviceId, UUID panelId, String name, FinancialYear year, long budgetPence, long maxAwardPence,
            long maxPerFamilyPence, long chairLimitPence) {
        this.id = UUID.randomUUID();
        this.serviceId = serviceId;
        this.panelId = panelId;
        this.name = name;
        this.yearStart = year.startYear();
        this.budgetPence = budgetPence;
        this.maxAwardPence = maxAwardPence;
        this.maxPerFamilyPence = maxPerFamilyPence;
        this.chairLimitPence = chairLimitPence;
    }

    public long remainingPence() {
        return budgetPence - committedPence;
    }

    /**
     * Commits an award. The caller holds the row lock, so the check and the change cannot interleave
     * with another approval.
     */
    void commit(long pence, long familyAwardedThisYear) {
        requireOpen("approve an award from it");
        if (pence > maxAwardPence) {
            throw new InvalidInput("amount", "The most one award can be is " + Money.format(maxAwardPence)
                    + ". Approve a lower amount, or decline.");
        }
        if (familyAwardedThisYear + pence > maxPerFamilyPence) {
            throw new InvalidInput("amount", "This family has been awarded " + Money.format(familyAwardedThisYear)
                    + " this year; the most a family can have in a year is " + Money.format(maxPerFamilyPence) + ".");
        }
        if (pence > remainingPence()) {
            throw new InvalidInput("amount", "The fund has " + Money.format(remainingPence()) + " left, so it cannot award "
                    + Money.format(pence) + ".");
        }
        committedPence += pence;
    }

    /** A payment replaces what was committed for the award with what was actually paid. */
    void paid(long approvedPence, long paidPenceNow) {
        committedPence += paidPenceNow - approvedPence;
        paidPence += paidPenceNow;
    }

    /** A cancelled award gives back what it had committed. */
    void release(long pence) {
        if (pence < 0 || pence > committedPence) {
            throw new IllegalStateException("Cannot release " + pence + " from a commitment of " + committedPence);
        }
        committedPence -= pence;
    }

    /**
     * Tops up (positive) or reduces (negative) the budget. A reduction may not take it below what is
     * committed and paid: that money is promised to families already.
     */
    void changeBudget(long deltaPence) {
        requireOpen("change its budget");
        if (deltaPence == 0) {
            throw new InvalidInput("amount", "Enter an amount more than £0.00");
        }
        if (budgetPence + deltaPence < committedPence) {
            throw new InvalidInput("amount", "The budget cannot go below the " + Money.format(committedPence)
                    + " already committed and paid: reduce it by at most " + Money.format(budgetPence - committedPence) + ".");
        }
        budgetPence += deltaPence;
    }

    /** Closes the fund at year end: it takes no new requests nor approvals; awards already approved may still be paid. */
    void close(String by, LocalDate on) {
        requireOpen("close it");
        if (!on.isAfter(year().lastDay().minusMonths(1))) {
            throw new Conflict(name + " " + year().label() + " can be closed from " + DAY.format(year().lastDay().withDayOfMonth(1))
                    + ", in the last month of its year.");
        }
        closedOn = on;
        closedBy = by;
    }

    public boolean closed() {
        return closedOn != null;
    }

    /** Refuses a change to a closed fund (409). */
    public void requireOpen(String change) {
        if (closed()) {
            throw new Conflict(name + " " + year().label() + " was closed at year end on " + DAY.format(closedOn) + ", so you cannot " + change + ".");
        }
    }

    public UUID id() { return id; }
    public String name() { return name; }
    /** The service the fund belongs to; null only for a fund from before funds had owners, not yet placed. */
    public UUID serviceId() { return serviceId; }
    /** The panel that decides the fund's grants. */
    public UUID panelId() { return panelId; }
    public FinancialYear year() { return new FinancialYear(yearStart); }
    public long budgetPence() { return budgetPence; }
    public long maxAwardPence() { return maxAwardPence; }
    public long maxPerFamilyPence() { return maxPerFamilyPence; }
    public long chairLimitPence() { return chairLimitPence; }
    public long committedPence() { return committedPence; }
    public long paidPence() { return paidPence; }
    public LocalDate closedOn() { return closedOn; }
    public String closedBy() { return closedBy; }
    public long version() { return version; }
}
