package org.placeworks.panel;

import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/**
 * An agenda item with the case summary as it stood when it was listed (family, children's ages,
 * needs and the reason), its slot, and what the panel decided. {@code subjectLink} is the page for
 * what the item is about (e.g. its grant request), built from the owning feature's route when shown.
 * {@code closingNeeds} are the case's needs as they stand now, with their ids, for the chair to give each one's
 * outcome when the panel closes the case: only on the agenda of a meeting the reader runs, before it closes.
 */
public record AgendaItemView(UUID id, UUID meetingId, int number, LocalTime slot, ItemKind kind, UUID caseId,
        String caseReference, String familyName, String childrenAges, List<Need> needs, String caseReason, String note,
        String subjectLink, boolean urgent, String urgentReason, String urgentRequestReason, String submittedBy,
        boolean carried, String declarations, DecisionCode decision, String rationale, List<ActionView> actions,
        long version, List<Interest> interests, String leadProfessional, String outcome, String quorumShortfall,
        List<ClosingNeed> closingNeeds) {

    public record Need(String description, String headline) {
    }

    /** A need of the case now, whose outcome a closure decided at the panel records. */
    public record ClosingNeed(UUID id, String description) {
    }

    /** A declaration of interest on the item: who, what, and whether they withdrew from it. */
    public record Interest(String declaredBy, String agencyName, String interest, boolean withdrew, boolean chairing) {
    }
}
