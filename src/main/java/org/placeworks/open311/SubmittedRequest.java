package org.placeworks.open311;

import java.util.UUID;

/** The answer to a report posted through Open311: its id, and when the service aims to deal with it. */
public record SubmittedRequest(UUID serviceRequestId, String serviceNotice) {
}
