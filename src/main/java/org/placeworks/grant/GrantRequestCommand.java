package org.placeworks.grant;

import java.util.UUID;

/**
 * A request from a case for the need it meets, with the evidence the fund asks for: the family
 * cannot pay, and other sources (pupil premium, charities, welfare funds) were tried first.
 */
public record GrantRequestCommand(UUID caseId, UUID needId, String item, GrantCategory category, Long amountPence,
        String supplier, String cannotPayEvidence, String otherSourcesTried, boolean bringToPanel, UUID fundId) {
}
