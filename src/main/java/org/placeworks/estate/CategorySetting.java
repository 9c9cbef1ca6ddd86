package org.placeworks.estate;

import java.util.UUID;

/** A category's responsible service (null: whichever Estate Services service covers the place) and target time. */
public record CategorySetting(EstateCategory category, String label, UUID responsibleServiceId,
        String responsibleServiceName, int targetWorkingDays) {
}
