package org.placeworks.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.placeworks.audit.AuditAction;
import org.placeworks.audit.AuditTrail;
import org.placeworks.identity.CurrentStaff;
import org.placeworks.identity.Roles;
import org.placeworks.organisation.internal.AccessGrant;
import org.placeworks.organisation.internal.AccessGrantRepository;
import org.placeworks.organisation.internal.StaffMemberRepository;
import org.placeworks.shared.InvalidInput;
import org.placeworks.shared.NotFound;

/**
 * Records opened by breaking glass, flagged for review: the data protection officer sees every one; a manager sees
 * those of the staff of the services they manage (the services they belong to, as managers' scope is decided for
 * cases); either marks one reviewed with a note. Anyone else sees none.
 */
@ApplicationScoped
public class BreakGlassReviews {

    /** The most the list shows: the newest first. */
    public static final int LIMIT = 500;

    @Inject
    AccessGrantRepository grants;

    @Inject
    StaffMemberRepository staff;

    @Inject
    StaffDirectory directory;

    @Inject
    AccessPolicy policy;

    @Inject
    CurrentStaff current;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<BrokenGlass> list() {
        return views(grants.brokenGlass(scope(), LIMIT));
    }

    /** One access the reader reviews; outside their scope, it does not exist for them. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public BrokenGlass one(UUID grantId) {
        return views(List.of(inScope(grantId))).get(0);
    }

    private AccessGrant inScope(UUID grantId) {
        return grants.findByIdOptional(grantId).filter(AccessGrant::brokenGlass)
                .filter(g -> { Collection<UUID> scope = scope(); return scope == null || scope.contains(g.staffId()); })
                .orElseThrow(() -> new NotFound("break-glass access", grantId));
    }

    private List<BrokenGlass> views(List<AccessGrant> found) {
        Map<UUID, StaffName> names = directory.names(found.stream().map(AccessGrant::staffId).distinct().toList());
        var now = clock.instant();
        return found.stream().map(g -> {
            StaffName who = names.get(g.staffId());
            return new BrokenGlass(g.id(), g.recordKind(), g.recordId(), g.staffId(), who == null ? g.grantedBy() : who.name(),
                    g.grantedBy(), g.reason(), g.grantedAt(), g.expiresAt(), g.expiresAt().isAfter(now), g.reviewedAt(),
                    g.reviewedBy(), g.reviewNote());
        }).toList();
    }

    /** How many wait for the reader's review (0 for someone who reviews none). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long unreviewed() {
        return grants.unreviewed(scope());
    }

    /** Marks one reviewed, with a note; audited on the record that was opened. Someone outside its scope finds nothing. */
    @Transactional
    public void review(UUID grantId, String note) {
        AccessGrant grant = inScope(grantId);
        if (grant.grantedBy().equals(current.username())) {
            throw new org.placeworks.shared.Forbidden("Someone else reviews the records you opened yourself.");
        }
        String text = note == null ? "" : note.strip();
        if (text.isEmpty()) {
            throw new InvalidInput("note", "Enter a note on what you found, for example Confirmed with the worker: a safeguarding call");
        }
        if (text.length() > org.placeworks.shared.Text.LONG) {
            throw new InvalidInput("note", "Note must be " + org.placeworks.shared.Text.LONG + " characters or fewer");
        }
        grant.review(current.username(), text, clock.instant());
        audit.record(AuditAction.UPDATE, grant.recordKind(), grant.recordId(), "Reviewed " + grant.grantedBy()
                + "'s break-glass access of " + grant.grantedAt() + ": " + text);
    }

    /** Whose accesses the reader reviews: null for everyone's (the data protection officer), else these staff ids. */
    private Collection<UUID> scope() {
        if (current.has(Roles.DPO)) {
            return null;
        }
        if (!current.has(Roles.MANAGER)) {
            return Set.of();
        }
        StaffFacts me = policy.staffFacts();
        if (!me.active()) {
            return Set.of();
        }
        return staff.membersOf(me.services().stream().map(StaffFacts.ServiceGround::serviceId).toList());
    }
}
