package org.placeworks.organisation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.placeworks.audit.AuditAction;
import org.placeworks.audit.AuditTrail;
import org.placeworks.geography.AddressView;
import org.placeworks.geography.Coverage;
import org.placeworks.geography.Places;
import org.placeworks.identity.CurrentStaff;
import org.placeworks.identity.Roles;
import org.placeworks.organisation.internal.AccessGrant;
import org.placeworks.organisation.internal.AccessGrantRepository;
import org.placeworks.organisation.internal.SignedInStaff;
import org.placeworks.organisation.internal.StaffMember;
import org.placeworks.organisation.internal.StaffMemberRepository;
import org.placeworks.shared.InvalidInput;
import org.placeworks.shared.NotFound;

/**
 * The one place that decides what the signed-in member of staff may see: the union of their
 * services' boundaries, plus records explicitly shared with them. Every feature's queries go
 * through it. Outside those, a record does not exist for them (404, never 403).
 */
@RequestScoped
public class AccessPolicy {

    @Inject
    CurrentStaff current;

    @Inject
    StaffMemberRepository staff;

    @Inject
    Services directory;

    @Inject
    AccessGrantRepository grants;

    @Inject
    Places places;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    BreakGlassSettings glass;

    @Inject
    org.placeworks.audit.AuditPurpose purpose;

    private Coverage coverage;
    private Optional<StaffMember> member;
    private Set<UUID> recordsInForce;
    private StaffFacts facts;

    /** Ground the signed-in person covers: administrators see the whole place; a leaver sees nothing. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Coverage coverage() {
        if (coverage == null) {
            coverage = computeCoverage();
        }
        return coverage;
    }

    private Coverage computeCoverage() {
        if (current.has(Roles.ADMIN)) {
            return Coverage.EVERYWHERE;
        }
        Optional<StaffMember> member = member();
        if (member.isEmpty() || !member.get().active()) {
            return Coverage.NOWHERE;
        }
        Set<UUID> boundary = new java.util.HashSet<>();
        directory.servicesByIds(Set.copyOf(member.get().services())).forEach(s -> boundary.addAll(s.boundary()));
        return places.coverageOf(boundary);
    }

    /**
     * The signed-in member of staff as record gates need them, loaded once per request. A leaver keeps
     * their record but is not active; someone with no staff record has none.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public StaffFacts staffFacts() {
        if (facts == null) {
            Optional<StaffMember> member = member();
            if (member.isEmpty()) {
                facts = new StaffFacts(null, current.signedIn() ? current.username() : null, null, current.roles(), false, List.of());
            } else {
                StaffMember m = member.get();
                var mine = directory.servicesByIds(Set.copyOf(m.services()));
                // Every service's coverage from one read of the area tree, however many services the person has.
                Map<UUID, Coverage> coverages = places.coveragesOf(mine.stream()
                        .collect(java.util.stream.Collectors.toMap(s -> s.id(), s -> s.boundary())));
                List<StaffFacts.ServiceGround> ground = mine.stream()
                        .map(s -> new StaffFacts.ServiceGround(s.id(), s.strands(), coverages.get(s.id()))).toList();
                facts = new StaffFacts(m.id(), m.username(), m.agencyId(), current.roles(), m.active(), ground);
            }
        }
        return facts;
    }

    public boolean covers(AddressView address) {
        return coverage().covers(address);
    }

    /**
     * Whether one of the person's services that delivers the strand covers the address: a family is
     * Early Intervention's record, so a police officer on the panel, whose service covers the same
     * streets for community safety, does not see the families there.
     */
    public boolean covers(AddressView address, Strand strand) {
        return covers(address.neighbourhoodId(), address.estateId(), strand);
    }

    /** The same, for a place known by its neighbourhood and estate (lists decide many places without loading addresses). */
    public boolean covers(UUID neighbourhoodId, UUID estateId, Strand strand) {
        if (current.has(Roles.ADMIN)) {
            return true;
        }
        StaffFacts me = staffFacts();
        return me.active() && me.services().stream()
                .anyMatch(s -> s.strands().contains(strand) && s.coverage().covers(neighbourhoodId, estateId));
    }

    /** The address if the signed-in person may see records there; otherwise, as far as they know, it does not exist. */
    public AddressView requireVisible(AddressView address) {
        if (!covers(address)) {
            throw new NotFound("address", address.id());
        }
        return address;
    }

    /**
     * Whether a record outside the person's boundary was shared with them (Team Around the Family, panel agenda), or
     * they opened it by breaking glass, and the grant is in force now: not revoked and not expired. Access by breaking
     * glass is the purpose of everything the request then writes to the audit trail.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean sharedWithMe(String recordKind, UUID recordId) {
        Optional<StaffMember> me = member().filter(StaffMember::active);
        if (me.isEmpty()) {
            return false;
        }
        List<AccessGrant> inForce = grants.inForce(recordKind, recordId, me.get().id(), clock.instant());
        inForce.stream().filter(AccessGrant::brokenGlass).max(java.util.Comparator.comparing(AccessGrant::expiresAt))
                .ifPresent(this::statePurpose);
        return !inForce.isEmpty();
    }

    /**
     * When the signed-in person's break-glass access to the record ends, if they have one in force now (a record they
     * opened outside their boundary, for a reason). Stated as the purpose of the request's audit entries.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Instant> brokenGlassUntil(String recordKind, UUID recordId) {
        Optional<StaffMember> me = member().filter(StaffMember::active);
        Optional<AccessGrant> grant = me.flatMap(m -> grants.brokenGlass(recordKind, recordId, m.id(), clock.instant()));
        grant.ifPresent(this::statePurpose);
        return grant.map(AccessGrant::expiresAt);
    }

    private void statePurpose(AccessGrant brokenGlass) {
        purpose.state("break-glass until " + brokenGlass.expiresAt() + ": " + brokenGlass.reason());
    }

    /**
     * The signed-in person opens a record outside their boundary by giving a reason: a grant of its own kind that
     * ends by itself after the configured window ({@link BreakGlassSettings#window()}), flagged to their manager and
     * the data protection officer, and audited with the reason. The caller has found the record by an identifier
     * that reveals nothing by itself and decided it is outside the person's ground. Returns when access ends.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Instant breakGlass(String recordKind, UUID recordId, String reason) {
        StaffMember me = member().filter(StaffMember::active)
                .orElseThrow(() -> new org.placeworks.shared.Forbidden("Only a member of staff in post can open a record outside their area."));
        Instant now = clock.instant();
        Instant until = now.plus(glass.window());
        grants.persist(AccessGrant.brokenGlass(recordKind, recordId, me.id(), me.username(), reason, now, until));
        grants.flush();
        audit.record(AuditAction.BREAK_GLASS, recordKind, recordId, "Opened outside their area by breaking glass, until " + until
                + ": " + reason);
        return until;
    }

    /**
     * Which of these records were shared with the signed-in person and are still shared: one query with one
     * array, however many records are asked about.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<UUID> sharedWithMe(String recordKind, java.util.Collection<UUID> recordIds) {
        if (recordIds.isEmpty()) {
            return Set.of();
        }
        return member().filter(StaffMember::active).map(m -> grants.grantedAmong(recordKind, recordIds, m.id(), clock.instant())).orElse(Set.of());
    }

    /** A record is visible when its address is covered or it was shared; otherwise 404. */
    public void requireVisible(String recordKind, UUID recordId, AddressView address) {
        if (!covers(address) && !sharedWithMe(recordKind, recordId)) {
            throw new NotFound(recordKind, recordId);
        }
    }

    /** Shares a record beyond its boundary with one member of staff; recorded and audited. */
    @Transactional
    public void share(String recordKind, UUID recordId, UUID staffId, String reason) {
        StaffMember member = staff.findByIdOptional(staffId)
                .orElseThrow(() -> new InvalidInput("staffId", "Select a member of staff from the list"));
        if (grants.activeShares(recordKind, recordId, member.id()).isEmpty()) {
            grants.persist(new AccessGrant(recordKind, recordId, member.id(), reason, current.username(), clock.instant()));
            audit.record(AuditAction.SHARE, recordKind, recordId, "Shared with " + member.username() + ": " + reason);
        }
    }

    @Transactional
    public void unshare(String recordKind, UUID recordId, UUID staffId, String reason) {
        grants.activeShares(recordKind, recordId, staffId).forEach(g -> {
            g.revoke(clock.instant());
            audit.record(AuditAction.SHARE, recordKind, recordId, "No longer shared with staff " + staffId + ": " + reason);
        });
    }

    /**
     * Subject access (UK GDPR Art. 15): the data protection officer answers a person's request for everything held
     * about them, so they find and read that person's records wherever the family lives, not within a service's
     * boundary (they have none). This is the one place that says so; each feature's subject access read asks it
     * and audits what it hands over. Anyone else is told the records do not exist (404).
     */
    public void requireSubjectAccessOfficer() {
        if (!current.has(Roles.DPO)) {
            throw new NotFound("subject access record", "any");
        }
    }

    /**
     * Retention and disposal (UK GDPR Art. 5(1)(e)): the data protection officer reviews which records have passed
     * their retention rule and approves their disposal, whatever service holds them, so they see the list (references
     * and dates only) across every boundary. A disposal cannot be undone, so nobody else may see the list or dispose:
     * anyone else is told the records do not exist (404).
     */
    public void requireRetentionOfficer() {
        if (!current.has(Roles.DPO)) {
            throw new NotFound("retention record", "any");
        }
    }

    /**
     * The ground PostgreSQL's wall (V44) lets this request's queries see: every row for administrators and the data
     * protection officer, whose work crosses boundaries; for other staff in post, families in their services' ground,
     * records shared with them or opened by breaking glass, and cases their services own or they work on; nothing for
     * anyone else. Worked out here from the same facts as the gates, so the wall never hides what a gate would show.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public RowGround rowGround() {
        if (current.has(Roles.ADMIN) || current.has(Roles.DPO)) {
            return RowGround.ALL;
        }
        StaffFacts me = staffFacts();
        if (me.staffId() == null || !me.active()) {
            return RowGround.nothing(current.keyOwner());
        }
        // The union of their services' ground, as coverage() has it, from the facts already read for this request.
        Coverage ground = me.services().stream().map(StaffFacts.ServiceGround::coverage).reduce(Coverage.NOWHERE, Coverage::plus);
        Set<UUID> services = me.services().stream().map(StaffFacts.ServiceGround::serviceId).collect(java.util.stream.Collectors.toSet());
        return RowGround.staff(current.keyOwner(), me.staffId(), me.roles(), services, ground.neighbourhoods(), ground.estates(),
                recordsInForce);
    }

    /** Whether the person signed in is recorded as having left: their token may still be valid, their access is not. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean signedInLeaver() {
        return member().map(m -> !m.active()).orElse(false);
    }

    /**
     * The signed-in person's staff record as this request's ground read it (the staff directory's {@code me} in a
     * reading): read once per request, whoever asks.
     */
    Optional<StaffMember> signedInMember() {
        return member();
    }

    /**
     * The signed-in person's staff record, read once per request however many checks ask for it, with the records
     * shared with them in force now (the wall's ground needs both, and every signed-in request works that out).
     */
    private Optional<StaffMember> member() {
        if (member == null) {
            Optional<SignedInStaff> read = current.signedIn() ? staff.signedIn(current.username(), clock.instant()) : Optional.empty();
            member = read.map(SignedInStaff::member);
            recordsInForce = read.map(SignedInStaff::recordsInForce).orElse(Set.of());
        }
        return member;
    }
}
