package org.placeworks.panel;

/** The panel's decision on an item, with the version of the item the chair was looking at. */
public record DecisionCommand(DecisionCode decision, String rationale, Long version) {
}
