package org.placeworks.caf.internal;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class CaseNoteRepository implements PanacheRepositoryBase<CaseNote, UUID> {

    /**
     * A case's notes, the latest contact first, with who was seen and the addenda read in the same statement (the
     * case page reads every note; one statement however many notes, seen people and addenda there are).
     */
    public List<CaseNote> ofCase(UUID caseId) {
        return list("select n from CaseNote n left join fetch n.seen left join fetch n.addenda a where n.caseId = ?1 "
                + "order by n.happenedAt desc, n.writtenAt desc, n.id, a.position", caseId);
    }

    /** The notes that say this person was seen. */
    public List<CaseNote> withSeen(UUID personId) {
        return list("select n from CaseNote n join n.seen person where person = ?1", personId);
    }

    /** The note, if it belongs to the case. */
    public Optional<CaseNote> ofCase(UUID caseId, UUID noteId) {
        return findByIdOptional(noteId).filter(n -> n.caseId().equals(caseId));
    }
}
