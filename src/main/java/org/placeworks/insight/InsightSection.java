package org.placeworks.insight;

/** A part of insight, listed on the insight home page: each page class produces its own. */
public record InsightSection(int order, String route, String title, String description) {
}
