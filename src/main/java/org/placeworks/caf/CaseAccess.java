package org.placeworks.caf;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.placeworks.caf.internal.CaseGate;

/**
 * For features that keep records on a case (documents): whether this reader may see the case, or add
 * to it, asked of the case gate itself, so those features never re-word its rule. Nothing is audited
 * here: the caller audits what it really shows or saves.
 */
@ApplicationScoped
public class CaseAccess {

    /** What another feature needs to know of a case it holds records on. */
    public record CaseRef(UUID id, String reference, UUID familyId) {
    }

    @Inject
    CaseGate gate;

    /** The case if the reader sees it in full: 404 for a case they may not know, 403 for one they only know exists. */
    @Transactional
    public CaseRef readable(UUID caseId) {
        return ref(gate.readable(caseId));
    }

    /**
     * The case if the reader may add to its record, as they may record contacts on it: whoever may change the
     * case and its current Team Around the Family members. 404 or 403 otherwise, saying they may not {@code doWhat}.
     */
    @Transactional
    public CaseRef recordable(UUID caseId, String doWhat) {
        return ref(gate.recordable(caseId, doWhat));
    }

    private static CaseRef ref(CaseGate.Opened opened) {
        return new CaseRef(opened.kase().id(), opened.kase().reference(), opened.kase().familyId());
    }
}
