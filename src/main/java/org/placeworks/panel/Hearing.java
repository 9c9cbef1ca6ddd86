package org.placeworks.panel;

import java.time.LocalDate;

/** A time a case was listed for a panel meeting: when, which panel, why, and what was decided (null until then). */
public record Hearing(LocalDate meetingDate, String panelName, ItemKind kind, DecisionCode decision) {
}
