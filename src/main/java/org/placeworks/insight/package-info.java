/**
 * Insight: what managers see across the strands, as caseload by neighbourhood, trends, timeliness,
 * outcomes and inequality measures, with exports and a JSON API. Every figure about people is published
 * through {@link org.placeworks.insight.Figure} and {@link org.placeworks.insight.Suppression}, so a
 * page, a CSV, a spreadsheet and the API show the same, suppressed, numbers. Reads every other feature
 * through its public API or read-only SQL; nothing depends on insight.
 */
package org.placeworks.insight;
