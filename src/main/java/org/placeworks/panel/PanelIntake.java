package org.placeworks.panel;

import java.util.Optional;
import org.placeworks.caf.CaseId;

/**
 * How other features (grant) bring work to the panel and check a meeting, without reaching into
 * the panel's records.
 */
public interface PanelIntake {

    /**
     * Lists an early help case for the next meeting of the panel whose locality holds the family's
     * address, after checking the case has consent. Submitted after the cut-off it goes to the
     * meeting after. {@code subject} is what the item is about besides the case (for a grant request,
     * the request); the agenda links to it through its {@link AgendaSubjectRoute}. It may be null.
     */
    AgendaItemRef bring(CaseId caseId, ItemKind kind, String note, AgendaSubject subject);

    /**
     * The meeting, if the caller chairs it and decisions may be recorded at it now (in session and
     * quorate, or quorum overridden); else a Conflict (or Forbidden / NotFound for anyone but its chair).
     */
    MeetingRef requireDecidable(MeetingId meetingId);

    Optional<MeetingRef> meeting(MeetingId meetingId);

    /** Whether the case is on the meeting's agenda: a panel decides only what it heard. */
    boolean onAgenda(MeetingId meetingId, CaseId caseId);

    /**
     * The owning feature recorded, on its own page, what the panel decided on the subject at the meeting (a grant
     * awarded or declined): the item about it is marked decided the same way, so the agenda and the grant agree.
     * Nothing happens if no item of the meeting is about the subject, or it already carries that decision.
     */
    void subjectDecided(MeetingId meetingId, AgendaSubject subject, boolean awarded, String reasons);

    /** Meetings the caller chairs that are in session now, so a decision can name its meeting. */
    java.util.List<MeetingRef> inSession();
}
