package org.placeworks.document.internal;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class DocumentRepository implements PanacheRepositoryBase<Document, UUID> {

    /** A case's documents, newest first. */
    public List<Document> ofCase(UUID caseId) {
        return list("caseId", Sort.by("uploadedAt").descending(), caseId);
    }

    /** A family's own documents (not those of its cases), newest first. */
    public List<Document> ofFamily(UUID familyId) {
        return list("familyId", Sort.by("uploadedAt").descending(), familyId);
    }

    /** Every document on the family or on any of the cases: what a disposal of the family's records takes. */
    public List<Document> ofFamilyOrCases(UUID familyId, java.util.Collection<UUID> caseIds) {
        return list("familyId = ?1 or in_array(caseId, ?2)", familyId, caseIds.toArray(UUID[]::new));
    }
}
