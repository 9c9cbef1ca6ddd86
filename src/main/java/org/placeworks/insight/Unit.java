package org.placeworks.insight;

/** What a figure measures, which decides how it is written and how a spreadsheet types it. */
public enum Unit {
    COUNT, RATE_PER_1000, PERCENT, PENCE, DAYS, NUMBER, RATIO
}
