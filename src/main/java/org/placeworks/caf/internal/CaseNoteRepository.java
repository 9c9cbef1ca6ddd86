package org.placeworks.caf.internal;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class CaseNoteRepository implements PanacheRepositoryBase<CaseNote, UUID> {

    /** A case's notes, the latest contact first. */
    public List<CaseNote> ofCase(UUID caseId) {
        return list("caseId", Sort.by("happenedAt").descending().and("writtenAt").descending(), caseId);
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
