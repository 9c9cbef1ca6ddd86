package org.placeworks.geography.internal;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class AddressRepository implements PanacheRepositoryBase<Address, UUID> {

    public Optional<Address> byUprn(long uprn) {
        return find("uprn", uprn).firstResultOptional();
    }

    /** Addresses whose postcode, UPRN or first line match the text. */
    public List<Address> search(String text, int limit) {
        return matching(text).page(Page.ofSize(limit)).list();
    }

    /** One page (from 0) of the addresses whose postcode, UPRN or first line match the text. */
    public List<Address> search(String text, int index, int size) {
        return matching(text).page(Page.of(index, size)).list();
    }

    public long countMatching(String text) {
        return matching(text).count();
    }

    private io.quarkus.hibernate.orm.panache.PanacheQuery<Address> matching(String text) {
        String compact = text.replaceAll("\\s+", "").toUpperCase();
        return find("replace(postcode, ' ', '') like ?1 or cast(uprn as string) = ?2 or lower(line1) like ?3",
                Sort.by("postcode").and("line1"), compact + "%", text.strip(), "%" + text.strip().toLowerCase() + "%");
    }

    public List<Address> page(int index, int size) {
        return findAll(Sort.by("postcode").and("line1")).page(Page.of(index, size)).list();
    }

    /**
     * Addresses by id: one array parameter however many ids (PostgreSQL allows at most 65,535 parameters in a
     * statement), or one id bound as itself, which PostgreSQL plans once rather than on every call.
     */
    public List<Address> byIds(java.util.Collection<UUID> ids) {
        return org.placeworks.shared.ByIds.read(getEntityManager(), Address.class, ids);
    }
}
