package org.placeworks.intelligence.internal;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class EstateLinkRepository implements PanacheRepositoryBase<EstateLink, UUID> {

    public List<EstateLink> ofReport(UUID reportId) {
        return list("reportId", Sort.by("linkedAt"), reportId);
    }

    public boolean linked(UUID reportId, UUID issueId) {
        return count("reportId = ?1 and estateIssueId = ?2", reportId, issueId) > 0;
    }
}
