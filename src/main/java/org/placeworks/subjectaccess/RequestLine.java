package org.placeworks.subjectaccess;

import java.time.LocalDate;
import java.util.UUID;

/** A request as the officer's list shows it. */
public record RequestLine(UUID id, String subjectName, String requesterName, LocalDate receivedOn, LocalDate answerBy,
        boolean extended, RequestStatus status, boolean overdue) {
}
