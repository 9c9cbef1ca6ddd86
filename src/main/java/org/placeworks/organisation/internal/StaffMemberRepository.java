package org.placeworks.organisation.internal;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class StaffMemberRepository implements PanacheRepositoryBase<StaffMember, UUID> {
    /**
     * The member of staff with this user name (unique), with their services in the same statement: every signed-in
     * request reads it, and the eager collection alone would cost a second one.
     */
    public Optional<StaffMember> byUsername(String username) {
        return find("select m from StaffMember m left join fetch m.services where m.username = ?1", username)
                .singleResultOptional();
    }

    /**
     * The signed-in person as every signed-in request reads them: their staff record with its services, and the
     * records shared with them or opened by breaking glass that are in force at {@code now} (for the wall's ground),
     * in one statement. The grants' read on its own was a statement of every request, which PostgreSQL planned afresh
     * each time (for someone with few grants it judged its own plan cheaper than a kept one).
     */
    public Optional<SignedInStaff> signedIn(String username, Instant now) {
        List<Object[]> rows = getEntityManager().createQuery("select m, "
                        + AccessGrantRepository.recordsInForceOf("m.id", "?2")
                        + " from StaffMember m left join fetch m.services where m.username = ?1", Object[].class)
                .setParameter(1, username).setParameter(2, now).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        // One row for each of their services, each with the same member and the same grants.
        return Optional.of(new SignedInStaff((StaffMember) rows.get(0)[0], SignedInStaff.ids((String) rows.get(0)[1])));
    }

    public List<StaffMember> all() {
        return listAll(Sort.by("active").descending().and("familyName").and("givenName"));
    }

    /** The members of these services (their staff ids), for a manager's view of their own staff. */
    @SuppressWarnings("unchecked")
    public List<UUID> membersOf(java.util.Collection<UUID> serviceIds) {
        return serviceIds.isEmpty() ? List.of() : getEntityManager().createNativeQuery(
                "select distinct staff_id from staff_membership where service_id = any(:services)")
                .setParameter("services", serviceIds.toArray(UUID[]::new)).getResultList();
    }

    public List<StaffMember> byIds(java.util.Collection<UUID> ids) {
        return org.placeworks.shared.ByIds.read(getEntityManager(), StaffMember.class, ids);
    }
}
