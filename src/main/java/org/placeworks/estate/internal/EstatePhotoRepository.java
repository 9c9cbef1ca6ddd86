package org.placeworks.estate.internal;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class EstatePhotoRepository implements PanacheRepositoryBase<EstateIssuePhoto, UUID> {

    public List<EstateIssuePhoto> of(UUID issueId) {
        return list("issueId = ?1 order by uploadedAt, id", issueId);
    }
}
