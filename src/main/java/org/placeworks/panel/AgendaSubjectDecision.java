package org.placeworks.panel;

import java.util.Optional;
import java.util.UUID;

/**
 * How a decision the panel takes on an item acts on what the item is about, offered by the feature that owns
 * that record (grant: the grant request, whose award it records). The owning feature keeps the record of what
 * was decided (for a grant: the amount, the fund, the approval); the panel keeps only that it decided, and
 * reads the rest back through {@link #outcome}, so the two never disagree. Implement it as an
 * {@code @ApplicationScoped} bean; it is called inside the panel's decision, in its transaction, after the
 * item is marked decided: a refusal (InvalidInput naming the field, Conflict, ...) undoes the whole decision.
 */
public interface AgendaSubjectDecision {

    /** The subject kind this serves, as the owning feature names it when bringing an item. */
    String kind();

    /**
     * Records on the subject what the panel decided at the meeting: {@code awarded} (with an amount lower than
     * asked, or null for as asked, and the fund, or null for the request's own), or declined; with the reasons.
     */
    void decided(UUID subjectId, MeetingId meetingId, boolean awarded, Long amountPence, UUID fundId, String reasons);

    /** What was decided on the subject, in words for the agenda and minutes (empty: nothing yet). */
    Optional<String> outcome(UUID subjectId);
}
