package org.placeworks.intelligence.internal;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ReceiptHashRepository implements PanacheRepositoryBase<ReceiptHash, UUID> {

    public Optional<UUID> reportWith(String codeHash) {
        return find("codeHash", codeHash).firstResultOptional().map(ReceiptHash::reportId);
    }
}
