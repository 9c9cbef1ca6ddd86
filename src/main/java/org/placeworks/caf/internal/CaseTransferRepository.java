package org.placeworks.caf.internal;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.placeworks.caf.CaseStatus;
import org.placeworks.caf.TransferStatus;
import org.placeworks.shared.Reading;

@ApplicationScoped
public class CaseTransferRepository implements PanacheRepositoryBase<CaseTransfer, UUID> {

    @Inject
    Reading reading;

    /**
     * The case's offer awaiting an answer. In a reading (the case page), taken from {@link #ofCase}, which the page's
     * transfers section reads anyway: the gate and the section share one statement.
     */
    public Optional<CaseTransfer> pendingFor(UUID caseId) {
        if (reading.inReading()) {
            return ofCase(caseId).stream().filter(t -> t.status() == TransferStatus.PENDING).findFirst();
        }
        return find("caseId = ?1 and status = ?2", caseId, TransferStatus.PENDING).firstResultOptional();
    }

    /** The case's offers, newest first; read once in a reading, however many parts of the page ask. */
    public List<CaseTransfer> ofCase(UUID caseId) {
        return reading.once("caf.transfers:" + caseId,
                () -> List.copyOf(list("caseId", Sort.by("requestedAt").descending(), caseId)));
    }

    /** Offers of open cases awaiting an answer from these services, oldest first. */
    public List<CaseTransfer> pendingTo(Collection<UUID> serviceIds) {
        if (serviceIds.isEmpty()) {
            return List.of();
        }
        return list("status = ?1 and in_array(toServiceId, ?2) and caseId in (select c.id from CafCase c where c.status <> ?3)",
                Sort.by("requestedAt"), TransferStatus.PENDING, serviceIds.toArray(UUID[]::new), CaseStatus.CLOSED);
    }
}
