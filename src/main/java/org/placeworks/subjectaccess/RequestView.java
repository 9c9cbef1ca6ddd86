package org.placeworks.subjectaccess;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A request as its page shows it: who it is about and who asked, its due date (extended or not), where it stands,
 * the compiled export with the officer's decisions on its items (null until compiled), and its history.
 */
public record RequestView(UUID id, UUID personId, String subjectName, LocalDate subjectDateOfBirth, String requesterName,
        RequesterKind requesterKind, ReceivedHow receivedHow, LocalDate receivedOn, boolean identityVerified, String identityHow,
        LocalDate dueOn, LocalDate extendedTo, String extensionReason, LocalDate answerBy, boolean overdue, RequestStatus status,
        Instant compiledAt, Instant releasedAt, String releasedBy, long version, SubjectExport export,
        Map<String, SubjectExport.Review> reviews, List<HistoryLine> history) {

    public record HistoryLine(Instant at, String actor, String what) {
    }

    public boolean compiled() {
        return export != null;
    }

    public boolean released() {
        return status == RequestStatus.RELEASED;
    }

    public boolean underReview() {
        return status == RequestStatus.COMPILED;
    }

    public SubjectExport.Review reviewOf(String itemKey) {
        return reviews.get(itemKey);
    }
}
