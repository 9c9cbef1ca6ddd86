package org.placeworks.grant;

/** A new fund: its year and its limits, in pence. */
public record FundCommand(String name, Integer yearStart, Long budgetPence, Long maxAwardPence, Long maxPerFamilyPence,
        Long chairLimitPence) {
}
