package org.placeworks.caf;

/**
 * The goal set for a need at the assessment: what will be different for the family when the need
 * is met, in their words where possible, and how the team and the family will know (what is
 * measured, by whom). Reviews score progress against it.
 */
public record Goal(String whatWillBeDifferent, String measure) {
}
