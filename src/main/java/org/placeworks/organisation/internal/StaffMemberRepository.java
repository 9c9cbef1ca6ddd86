package org.placeworks.organisation.internal;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class StaffMemberRepository implements PanacheRepositoryBase<StaffMember, UUID> {
    public Optional<StaffMember> byUsername(String username) {
        return find("username", username).firstResultOptional();
    }

    public List<StaffMember> all() {
        return listAll(Sort.by("active").descending().and("familyName").and("givenName"));
    }
}
