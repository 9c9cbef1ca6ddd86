package org.placeworks.caf;

import java.time.LocalDate;

/** Children's social care's answer to a step up: accepted (the case closes here) or not, with their reason. */
public record SocialCareDecisionCommand(Boolean accepted, String reason, LocalDate decidedOn, Long version) {
}
