package org.placeworks.insight;

import java.util.List;

/** The families claimable in the current claim window, and our reading of the rule. */
public record ClaimsList(ClaimWindow window, List<ClaimView> families, String method) {
}
