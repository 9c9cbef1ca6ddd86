package org.placeworks.insight;

/** One outcome's answer at its sustainment check: whether it held, and the evidence (required when it held). */
public record SustainmentAnswer(boolean held, String evidence) {
}
