package org.placeworks.organisation.internal;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.placeworks.organisation.Strand;

@ApplicationScoped
public class StrandDeliveryRepository implements PanacheRepositoryBase<StrandDelivery, UUID> {
    public List<StrandDelivery> all() {
        return listAll(Sort.by("strand"));
    }

    public Optional<StrandDelivery> of(Strand strand, UUID areaId) {
        return find("strand = ?1 and areaId = ?2", strand, areaId).firstResultOptional();
    }
}
