package org.placeworks.caf.internal;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.placeworks.caf.CaseStatus;
import org.placeworks.caf.TransferStatus;

@ApplicationScoped
public class CaseTransferRepository implements PanacheRepositoryBase<CaseTransfer, UUID> {

    public Optional<CaseTransfer> pendingFor(UUID caseId) {
        return find("caseId = ?1 and status = ?2", caseId, TransferStatus.PENDING).firstResultOptional();
    }

    public List<CaseTransfer> ofCase(UUID caseId) {
        return list("caseId", Sort.by("requestedAt").descending(), caseId);
    }

    /** Offers of open cases awaiting an answer from these services, oldest first. */
    public List<CaseTransfer> pendingTo(Collection<UUID> serviceIds) {
        if (serviceIds.isEmpty()) {
            return List.of();
        }
        return list("status = ?1 and toServiceId in ?2 and caseId in (select c.id from CafCase c where c.status <> ?3)",
                Sort.by("requestedAt"), TransferStatus.PENDING, serviceIds, CaseStatus.CLOSED);
    }
}
