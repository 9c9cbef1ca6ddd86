package org.placeworks.caf.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.placeworks.identity.Roles;

/**
 * Who may see and change an early help case, written once as a decision over plain facts (no
 * database, no beans): what the reader is, and what the case is. {@link CaseGate} gathers the facts
 * once per request and asks this; every read, change and list of a case goes through it.
 *
 * <ul>
 * <li>Full sight: staff of the owning service whose boundary holds the family's address; managers of
 * the owning service; the lead professional and current Team Around the Family members of an open case,
 * only while consent is in force and never from an agency the family refused. While an open case is
 * offered to another service (a transfer awaits its answer), both services see it: the owning service's
 * staff wherever the family now lives, and the receiving service's staff, whose boundary holds the family.</li>
 * <li>A flag (the case exists, who holds it, whom to contact): staff of other services that deliver
 * Early Intervention and whose boundary holds the family, unless their agency was refused.</li>
 * <li>Read only, open or closed, consent or not: casework staff who opened the family's record by breaking glass, while
 * that access is in force (it is audited with their reason and flagged for review).</li>
 * <li>Otherwise nothing (404): administrators, leavers, services of the other strands only.</li>
 * <li>Change: the owning service's casework staff in boundary and the lead professional; Team members
 * only their own plan actions; a manager of the owning service may reassign the case to another service at
 * once, and sign off its closure, step up or step down (never a request they made themselves: see
 * {@code SignOff}); the receiving service's casework staff accept or decline a transfer offered to it (and
 * change nothing else until they accept).</li>
 * </ul>
 */
public final class CaseRule {

    /** Roles that do casework: with one of these, staff of the owning service may change the case. */
    static final Set<String> CASEWORK_ROLES = Set.of(Roles.FRONTLINE, Roles.LEAD_PROFESSIONAL, Roles.PANEL_CHAIR, Roles.MANAGER);
    /** Roles that read early help cases at all. */
    static final Set<String> READING_ROLES = Set.of(Roles.FRONTLINE, Roles.LEAD_PROFESSIONAL, Roles.PANEL_CHAIR,
            Roles.PANEL_MEMBER, Roles.MANAGER);

    private CaseRule() {
    }

    public enum Sight {
        /** The whole case. */
        FULL,
        /** Only that an open case exists, who holds it and whom to contact. */
        FLAG,
        /** As far as the reader knows, there is no case (404). */
        NONE
    }

    public enum Right {
        /** Record consent, assessment, team, plan, reviews, step up and closure. */
        CHANGE_CASE,
        /** Update the plan actions the reader owns. */
        OWN_ACTIONS,
        /** Move the case to another Early Intervention service whose boundary holds the address. */
        REASSIGN,
        /** Sign off (or send back) a closure, step up or step down: a manager of the owning service. */
        SIGN_OFF,
        /** Accept or decline the case offered to the reader's service. */
        DECIDE_TRANSFER
    }

    /** One of the reader's services: whether it delivers Early Intervention and whether its boundary holds the family. */
    public record ReaderService(UUID serviceId, boolean earlyIntervention, boolean coversFamily) {
    }

    /** The member of staff reading. {@code staffId} is null for someone with no staff record (they see nothing). */
    public record Reader(UUID staffId, UUID agencyId, Set<String> roles, List<ReaderService> services, boolean active) {

        public Reader {
            roles = Set.copyOf(roles);
            services = List.copyOf(services);
        }

        boolean has(String role) {
            return roles.contains(role);
        }

        boolean hasAny(Set<String> wanted) {
            return roles.stream().anyMatch(wanted::contains);
        }
    }

    /** The family's consent in force: whether there is any, and the agencies allowed and refused. */
    public record Consent(boolean inForce, Set<UUID> allowed, Set<UUID> refused) {

        public static final Consent NONE = new Consent(false, Set.of(), Set.of());

        public Consent {
            allowed = Set.copyOf(allowed);
            refused = Set.copyOf(refused);
        }

        boolean refuses(UUID agencyId) {
            return agencyId != null && refused.contains(agencyId);
        }
    }

    /**
     * The case: who owns it, whether that service's boundary holds the family, who works on it, consent, and
     * the service it is offered to while a transfer awaits an answer ({@code offeredTo} null when none), with
     * whether that service's boundary holds the family.
     */
    public record Facts(UUID owningServiceId, boolean ownerCoversFamily, UUID leadProfessionalId, Set<UUID> currentTeam,
            Consent consent, boolean open, UUID offeredTo, boolean receiverCoversFamily, boolean brokenGlass) {

        public Facts {
            currentTeam = Set.copyOf(currentTeam);
        }

        /** A case whose family the reader has not opened by breaking glass. */
        public Facts(UUID owningServiceId, boolean ownerCoversFamily, UUID leadProfessionalId, Set<UUID> currentTeam,
                Consent consent, boolean open, UUID offeredTo, boolean receiverCoversFamily) {
            this(owningServiceId, ownerCoversFamily, leadProfessionalId, currentTeam, consent, open, offeredTo, receiverCoversFamily, false);
        }

        /** The same case, its family opened by the reader by breaking glass (the access policy says so, in force now). */
        public Facts withBrokenGlass() {
            return new Facts(owningServiceId, ownerCoversFamily, leadProfessionalId, currentTeam, consent, open, offeredTo,
                    receiverCoversFamily, true);
        }

        /** A case offered to nobody. */
        public Facts(UUID owningServiceId, boolean ownerCoversFamily, UUID leadProfessionalId, Set<UUID> currentTeam,
                Consent consent, boolean open) {
            this(owningServiceId, ownerCoversFamily, leadProfessionalId, currentTeam, consent, open, null, false);
        }

        boolean offered() {
            return open && offeredTo != null;
        }
    }

    /** What the reader gets. */
    public record Decision(Sight sight, Set<Right> rights) {

        static final Decision NOTHING = new Decision(Sight.NONE, Set.of());
        static final Decision FLAG = new Decision(Sight.FLAG, Set.of());

        public Decision {
            rights = rights.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(rights));
        }

        public boolean sees() {
            return sight == Sight.FULL;
        }

        public boolean knowsOf() {
            return sight != Sight.NONE;
        }

        public boolean may(Right right) {
            return rights.contains(right);
        }
    }

    public static Decision decide(Reader reader, Facts c) {
        if (reader.staffId() == null || !reader.active() || !reader.hasAny(READING_ROLES)) {
            return Decision.NOTHING;
        }
        boolean ofOwner = reader.services().stream().anyMatch(s -> s.serviceId().equals(c.owningServiceId()));
        // Offered to another service (after a move out of its boundary, say), the case stays with its owner until accepted.
        boolean ownerInBoundary = ofOwner && (c.ownerCoversFamily() || c.offered());
        boolean receiving = c.offered() && c.receiverCoversFamily() && !c.consent().refuses(reader.agencyId())
                && reader.services().stream().anyMatch(s -> s.serviceId().equals(c.offeredTo()));
        boolean managerOfOwner = ofOwner && reader.has(Roles.MANAGER);
        boolean refused = c.consent().refuses(reader.agencyId());
        boolean sharedNow = c.open() && c.consent().inForce() && !refused;
        boolean lead = sharedNow && reader.staffId().equals(c.leadProfessionalId());
        boolean teamMember = sharedNow && c.currentTeam().contains(reader.staffId());

        if (ownerInBoundary || managerOfOwner || lead || teamMember || receiving) {
            Set<Right> rights = EnumSet.noneOf(Right.class);
            if ((ownerInBoundary && reader.hasAny(CASEWORK_ROLES)) || managerOfOwner || lead) {
                rights.add(Right.CHANGE_CASE);
            }
            if (rights.contains(Right.CHANGE_CASE) || teamMember) {
                rights.add(Right.OWN_ACTIONS);
            }
            if (managerOfOwner) {
                rights.add(Right.REASSIGN);
                rights.add(Right.SIGN_OFF);
            }
            if (receiving && reader.hasAny(CASEWORK_ROLES)) {
                rights.add(Right.DECIDE_TRANSFER);
            }
            return new Decision(Sight.FULL, rights);
        }
        // Breaking glass opens the family's cases to read, open or closed, whatever else holds: no right to change them.
        if (c.brokenGlass()) {
            return new Decision(Sight.FULL, Set.of());
        }
        boolean earlyHelpInBoundary = reader.services().stream().anyMatch(s -> s.earlyIntervention() && s.coversFamily());
        if (earlyHelpInBoundary && !refused && c.open()) {
            return Decision.FLAG;
        }
        return Decision.NOTHING;
    }
}
