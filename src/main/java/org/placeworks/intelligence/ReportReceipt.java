package org.placeworks.intelligence;

import java.util.UUID;

/**
 * What the reporter is given once: the report's reference and the receipt code to check it later.
 * The code is never stored (only its slow hash) and cannot be shown again.
 */
public record ReportReceipt(UUID reportId, String reference, String code) {
}
