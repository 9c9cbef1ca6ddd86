package org.placeworks.organisation.internal;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Grants in force: not revoked, and not past their end ({@code expiresAt}, set on a break-glass grant). Every
 * question "is this shared with them now?" is asked with the time, so an expired grant gives nothing.
 */
@ApplicationScoped
public class AccessGrantRepository implements PanacheRepositoryBase<AccessGrant, UUID> {

    private static final String IN_FORCE = inForce("", "?4");

    /**
     * The one statement of "in force": {@code grant} is the grant's alias with its dot (or empty in a query of grants
     * alone), {@code now} names the query's parameter holding the time.
     */
    private static String inForce(String grant, String now) {
        return grant + "revokedAt is null and (" + grant + "expiresAt is null or " + grant + "expiresAt > " + now + ")";
    }

    /**
     * Every record shared with the member of staff {@code staffId} names (an HQL path), or opened by them by breaking
     * glass, in force at {@code now}: a subquery giving the records' ids as one comma-separated text (none: null), for
     * the signed-in person's read, which every signed-in request makes ({@link StaffMemberRepository#signedIn}).
     */
    static String recordsInForceOf(String staffId, String now) {
        return "(select listagg(cast(g.recordId as String), ',') from AccessGrant g where g.staffId = " + staffId + " and "
                + inForce("g.", now) + ")";
    }

    /** The member of staff's grants on the record that are in force now (shares and break-glass alike). */
    public List<AccessGrant> inForce(String recordKind, UUID recordId, UUID staffId, Instant now) {
        return list("recordKind = ?1 and recordId = ?2 and staffId = ?3 and " + IN_FORCE, recordKind, recordId, staffId, now);
    }

    /** Shares (not break-glass) in force: what sharing again would repeat and unsharing ends. */
    public List<AccessGrant> activeShares(String recordKind, UUID recordId, UUID staffId) {
        return list("recordKind = ?1 and recordId = ?2 and staffId = ?3 and revokedAt is null and kind = ?4", recordKind, recordId,
                staffId, AccessGrant.SHARE);
    }

    /** The member of staff's break-glass grant on the record that is in force now, the one lasting longest. */
    public Optional<AccessGrant> brokenGlass(String recordKind, UUID recordId, UUID staffId, Instant now) {
        return find("recordKind = ?1 and recordId = ?2 and staffId = ?3 and " + IN_FORCE + " and kind = ?5",
                Sort.descending("expiresAt"), recordKind, recordId, staffId, now, AccessGrant.BREAK_GLASS).firstResultOptional();
    }

    /** Which of these records are shared with the member of staff now: one array parameter, not one per record. */
    public Set<UUID> grantedAmong(String recordKind, Collection<UUID> recordIds, UUID staffId, Instant now) {
        return Set.copyOf(getEntityManager().createQuery("select distinct g.recordId from AccessGrant g"
                + " where g.staffId = ?1 and g.recordKind = ?2 and in_array(g.recordId, ?3) and " + inForce("g.", "?4"), UUID.class)
                .setParameter(1, staffId).setParameter(2, recordKind).setParameter(3, recordIds.toArray(UUID[]::new))
                .setParameter(4, now).getResultList());
    }

    /**
     * Break-glass grants, newest first, at most {@code limit}: every one ({@code staffIds} null), or those of these
     * members of staff.
     */
    public List<AccessGrant> brokenGlass(Collection<UUID> staffIds, int limit) {
        if (staffIds == null) {
            return find("kind = ?1", Sort.descending("grantedAt"), AccessGrant.BREAK_GLASS).page(Page.ofSize(limit)).list();
        }
        if (staffIds.isEmpty()) {
            return List.of();
        }
        return find("kind = ?1 and in_array(staffId, ?2)", Sort.descending("grantedAt"), AccessGrant.BREAK_GLASS,
                staffIds.toArray(UUID[]::new))
                .page(Page.ofSize(limit)).list();
    }

    /** How many break-glass grants wait for review: all, or those of these members of staff. */
    public long unreviewed(Collection<UUID> staffIds) {
        if (staffIds == null) {
            return count("kind = ?1 and reviewedAt is null", AccessGrant.BREAK_GLASS);
        }
        return staffIds.isEmpty() ? 0 : count("kind = ?1 and reviewedAt is null and in_array(staffId, ?2)",
                AccessGrant.BREAK_GLASS, staffIds.toArray(UUID[]::new));
    }
}
