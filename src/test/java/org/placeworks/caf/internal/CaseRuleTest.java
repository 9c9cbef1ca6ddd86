package org.placeworks.caf.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.placeworks.caf.internal.CaseRule.Right.CHANGE_CASE;
import static org.placeworks.caf.internal.CaseRule.Right.DECIDE_TRANSFER;
import static org.placeworks.caf.internal.CaseRule.Right.OWN_ACTIONS;
import static org.placeworks.caf.internal.CaseRule.Right.REASSIGN;
import static org.placeworks.caf.internal.CaseRule.Right.SIGN_OFF;
import static org.placeworks.caf.internal.CaseRule.Sight.FLAG;
import static org.placeworks.caf.internal.CaseRule.Sight.FULL;
import static org.placeworks.caf.internal.CaseRule.Sight.NONE;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.placeworks.caf.internal.CaseRule.Consent;
import org.placeworks.caf.internal.CaseRule.Facts;
import org.placeworks.caf.internal.CaseRule.Reader;
import org.placeworks.caf.internal.CaseRule.ReaderService;
import org.placeworks.caf.internal.CaseRule.Right;
import org.placeworks.caf.internal.CaseRule.Sight;
import org.placeworks.identity.Roles;

/** The case rule as a table: one row per situation, the reader and the case, and what the reader gets. */
class CaseRuleTest {

    static final UUID FAMILY_SUPPORT = UUID.randomUUID();
    static final UUID SCHOOL_NURSING = UUID.randomUUID();
    static final UUID STREET_SCENE = UUID.randomUUID();
    static final UUID FAMILY_SUPPORT_NORTH = UUID.randomUUID();
    static final UUID COUNCIL = UUID.randomUUID();
    static final UUID NHS = UUID.randomUUID();
    static final UUID SCHOOL = UUID.randomUUID();
    static final UUID ME = UUID.randomUUID();
    static final UUID SOMEONE_ELSE = UUID.randomUUID();

    static Stream<Arguments> table() {
        Consent none = Consent.NONE;
        Consent given = new Consent(true, Set.of(), Set.of());
        Consent refusesNhs = new Consent(true, Set.of(SCHOOL), Set.of(NHS));
        return Stream.of(
                // --- staff of the owning service
                row("owning service's worker, boundary holds the family", worker(COUNCIL, Roles.FRONTLINE, FAMILY_SUPPORT),
                        owned(FAMILY_SUPPORT, given), FULL, CHANGE_CASE, OWN_ACTIONS),
                row("owning service's worker before consent", worker(COUNCIL, Roles.FRONTLINE, FAMILY_SUPPORT),
                        owned(FAMILY_SUPPORT, none), FULL, CHANGE_CASE, OWN_ACTIONS),
                row("owning service's worker on a closed case", worker(COUNCIL, Roles.FRONTLINE, FAMILY_SUPPORT),
                        closed(owned(FAMILY_SUPPORT, given)), FULL, CHANGE_CASE, OWN_ACTIONS),
                row("owning service's panel member reads but does not change", worker(COUNCIL, Roles.PANEL_MEMBER, FAMILY_SUPPORT),
                        owned(FAMILY_SUPPORT, given), FULL),
                row("owning service's boundary no longer holds the family (moved away)", outside(worker(COUNCIL, Roles.FRONTLINE, FAMILY_SUPPORT)),
                        movedAway(owned(FAMILY_SUPPORT, given)), NONE),
                row("manager of the owning service", worker(COUNCIL, Roles.MANAGER, FAMILY_SUPPORT),
                        owned(FAMILY_SUPPORT, given), FULL, CHANGE_CASE, OWN_ACTIONS, REASSIGN, SIGN_OFF),
                row("manager of the owning service whose family moved away", outside(worker(COUNCIL, Roles.MANAGER, FAMILY_SUPPORT)),
                        movedAway(owned(FAMILY_SUPPORT, given)), FULL, CHANGE_CASE, OWN_ACTIONS, REASSIGN, SIGN_OFF),
                row("chair of the owning service changes but does not reassign", worker(COUNCIL, Roles.PANEL_CHAIR, FAMILY_SUPPORT),
                        owned(FAMILY_SUPPORT, given), FULL, CHANGE_CASE, OWN_ACTIONS),
                // --- other services in the boundary: the flag, never the content (leak: School Nursing closed Family Support's case)
                row("school nurse in boundary, case owned by Family Support", worker(NHS, Roles.FRONTLINE, SCHOOL_NURSING),
                        owned(FAMILY_SUPPORT, given), FLAG),
                row("school nurse in boundary, before consent", worker(NHS, Roles.FRONTLINE, SCHOOL_NURSING),
                        owned(FAMILY_SUPPORT, none), FLAG),
                row("manager of another Early Intervention service in boundary", worker(COUNCIL, Roles.MANAGER, SCHOOL_NURSING),
                        owned(FAMILY_SUPPORT, given), FLAG),
                row("other service in boundary, case closed: nothing to flag", worker(NHS, Roles.FRONTLINE, SCHOOL_NURSING),
                        closed(owned(FAMILY_SUPPORT, given)), NONE),
                // leak: a refused agency's worker in boundary read and edited the case
                row("refused agency's worker in boundary", worker(NHS, Roles.FRONTLINE, SCHOOL_NURSING),
                        owned(FAMILY_SUPPORT, refusesNhs), NONE),
                row("Early Intervention service outside the boundary", outside(worker(COUNCIL, Roles.FRONTLINE, FAMILY_SUPPORT_NORTH)),
                        owned(FAMILY_SUPPORT, given), NONE),
                row("service of another strand only, in boundary", otherStrand(worker(COUNCIL, Roles.MANAGER, STREET_SCENE)),
                        owned(FAMILY_SUPPORT, given), NONE),
                // --- lead professional and Team Around the Family (leak: shared before consent, shared with a refused agency)
                row("lead professional from another service", worker(NHS, Roles.LEAD_PROFESSIONAL, SCHOOL_NURSING),
                        lead(owned(FAMILY_SUPPORT, given)), FULL, CHANGE_CASE, OWN_ACTIONS),
                row("lead professional before consent", outside(worker(NHS, Roles.LEAD_PROFESSIONAL, SCHOOL_NURSING)),
                        lead(owned(FAMILY_SUPPORT, none)), NONE),
                row("lead professional of a refused agency", outside(worker(NHS, Roles.LEAD_PROFESSIONAL, SCHOOL_NURSING)),
                        lead(owned(FAMILY_SUPPORT, refusesNhs)), NONE),
                row("team member outside the boundary", outside(worker(SCHOOL, Roles.FRONTLINE, FAMILY_SUPPORT_NORTH)),
                        team(owned(FAMILY_SUPPORT, given)), FULL, OWN_ACTIONS),
                row("team member in boundary from another service", worker(NHS, Roles.FRONTLINE, SCHOOL_NURSING),
                        team(owned(FAMILY_SUPPORT, given)), FULL, OWN_ACTIONS),
                row("team member before consent", outside(worker(SCHOOL, Roles.FRONTLINE, FAMILY_SUPPORT_NORTH)),
                        team(owned(FAMILY_SUPPORT, none)), NONE),
                row("team member of a refused agency, in boundary", worker(NHS, Roles.FRONTLINE, SCHOOL_NURSING),
                        team(owned(FAMILY_SUPPORT, refusesNhs)), NONE),
                row("former team member outside the boundary", outside(worker(SCHOOL, Roles.FRONTLINE, FAMILY_SUPPORT_NORTH)),
                        owned(FAMILY_SUPPORT, given), NONE),
                row("team member after the case closed", outside(worker(SCHOOL, Roles.FRONTLINE, FAMILY_SUPPORT_NORTH)),
                        closed(team(owned(FAMILY_SUPPORT, given))), NONE),
                row("team member after consent was withdrawn", outside(worker(SCHOOL, Roles.FRONTLINE, FAMILY_SUPPORT_NORTH)),
                        team(owned(FAMILY_SUPPORT, none)), NONE),
                // --- a case offered to another service (after a move, or a change of lead agency): both services see it
                row("owning service's worker while the case is offered after the family moved away",
                        outside(worker(COUNCIL, Roles.FRONTLINE, FAMILY_SUPPORT)),
                        offered(movedAway(owned(FAMILY_SUPPORT, given)), SCHOOL_NURSING, true), FULL, CHANGE_CASE, OWN_ACTIONS),
                row("receiving service's worker whose boundary holds the family answers the offer",
                        worker(NHS, Roles.FRONTLINE, SCHOOL_NURSING),
                        offered(owned(FAMILY_SUPPORT, given), SCHOOL_NURSING, true), FULL, DECIDE_TRANSFER),
                row("receiving service's manager answers the offer but does not change or reassign",
                        worker(NHS, Roles.MANAGER, SCHOOL_NURSING),
                        offered(owned(FAMILY_SUPPORT, given), SCHOOL_NURSING, true), FULL, DECIDE_TRANSFER),
                row("receiving service's panel member reads the offered case, no more", worker(NHS, Roles.PANEL_MEMBER, SCHOOL_NURSING),
                        offered(owned(FAMILY_SUPPORT, given), SCHOOL_NURSING, true), FULL),
                row("receiving service whose boundary no longer holds the family (moved again)",
                        outside(worker(NHS, Roles.FRONTLINE, SCHOOL_NURSING)),
                        offered(owned(FAMILY_SUPPORT, given), SCHOOL_NURSING, false), NONE),
                row("receiving service of an agency the family refused", worker(NHS, Roles.FRONTLINE, SCHOOL_NURSING),
                        offered(owned(FAMILY_SUPPORT, refusesNhs), SCHOOL_NURSING, true), NONE),
                row("receiving service once the case closed", worker(NHS, Roles.FRONTLINE, SCHOOL_NURSING),
                        closed(offered(owned(FAMILY_SUPPORT, given), SCHOOL_NURSING, true)), NONE),
                row("owning service's worker once a case offered after a move closed", outside(worker(COUNCIL, Roles.FRONTLINE, FAMILY_SUPPORT)),
                        closed(offered(movedAway(owned(FAMILY_SUPPORT, given)), SCHOOL_NURSING, true)), NONE),
                row("a third Early Intervention service in boundary while the case is offered to another",
                        worker(COUNCIL, Roles.FRONTLINE, FAMILY_SUPPORT_NORTH),
                        offered(owned(FAMILY_SUPPORT, given), SCHOOL_NURSING, true), FLAG),
                // --- breaking glass: read only, open or closed, consent or not; never for a leaver or a role that reads no casework
                row("worker outside the boundary who broke glass on the family", outside(worker(COUNCIL, Roles.FRONTLINE, FAMILY_SUPPORT_NORTH)),
                        owned(FAMILY_SUPPORT, given).withBrokenGlass(), FULL),
                row("worker who broke glass, case closed and never consented", outside(worker(NHS, Roles.FRONTLINE, SCHOOL_NURSING)),
                        closed(owned(FAMILY_SUPPORT, none)).withBrokenGlass(), FULL),
                row("refused agency's worker who broke glass: read only", worker(NHS, Roles.FRONTLINE, SCHOOL_NURSING),
                        owned(FAMILY_SUPPORT, refusesNhs).withBrokenGlass(), FULL),
                row("owning service's worker who also broke glass keeps their rights", worker(COUNCIL, Roles.FRONTLINE, FAMILY_SUPPORT),
                        owned(FAMILY_SUPPORT, given).withBrokenGlass(), FULL, CHANGE_CASE, OWN_ACTIONS),
                row("leaver who broke glass before leaving", leaver(worker(COUNCIL, Roles.FRONTLINE, FAMILY_SUPPORT_NORTH)),
                        owned(FAMILY_SUPPORT, given).withBrokenGlass(), NONE),
                row("estate officer with a break-glass grant", otherStrand(worker(COUNCIL, Roles.ESTATE_OFFICER, STREET_SCENE)),
                        owned(FAMILY_SUPPORT, given).withBrokenGlass(), NONE),
                // --- people who do not read casework
                row("administrator", new Reader(ME, COUNCIL, Set.of(Roles.ADMIN), List.of(), true), owned(FAMILY_SUPPORT, given), NONE),
                row("estate officer in boundary", otherStrand(worker(COUNCIL, Roles.ESTATE_OFFICER, STREET_SCENE)),
                        owned(FAMILY_SUPPORT, given), NONE),
                row("leaver of the owning service", leaver(worker(COUNCIL, Roles.FRONTLINE, FAMILY_SUPPORT)),
                        owned(FAMILY_SUPPORT, given), NONE),
                row("leaver who was the lead professional", leaver(worker(COUNCIL, Roles.LEAD_PROFESSIONAL, FAMILY_SUPPORT)),
                        lead(owned(FAMILY_SUPPORT, given)), NONE),
                row("signed in with no staff record", new Reader(null, null, Set.of(Roles.FRONTLINE), List.of(), true),
                        owned(FAMILY_SUPPORT, given), NONE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void decides(String situation, Reader reader, Facts kase, Sight sight, Set<Right> rights) {
        CaseRule.Decision decision = CaseRule.decide(reader, kase);
        assertThat(decision.sight()).as(situation).isEqualTo(sight);
        assertThat(decision.rights()).as(situation).containsExactlyInAnyOrderElementsOf(rights);
    }

    private static Arguments row(String situation, Reader reader, Facts kase, Sight sight, Right... rights) {
        return Arguments.of(situation, reader, kase, sight, Set.of(rights));
    }

    /** A member of one service that delivers Early Intervention and whose boundary holds the family. */
    private static Reader worker(UUID agency, String role, UUID service) {
        return new Reader(ME, agency, Set.of(role), List.of(new ReaderService(service, true, true)), true);
    }

    private static Reader outside(Reader r) {
        return new Reader(r.staffId(), r.agencyId(), r.roles(),
                r.services().stream().map(s -> new ReaderService(s.serviceId(), s.earlyIntervention(), false)).toList(), true);
    }

    private static Reader otherStrand(Reader r) {
        return new Reader(r.staffId(), r.agencyId(), r.roles(),
                r.services().stream().map(s -> new ReaderService(s.serviceId(), false, s.coversFamily())).toList(), true);
    }

    private static Reader leaver(Reader r) {
        return new Reader(r.staffId(), r.agencyId(), r.roles(), List.of(), false);
    }

    private static Facts owned(UUID owner, Consent consent) {
        return new Facts(owner, true, SOMEONE_ELSE, Set.of(), consent, true);
    }

    private static Facts lead(Facts c) {
        return new Facts(c.owningServiceId(), c.ownerCoversFamily(), ME, c.currentTeam(), c.consent(), c.open());
    }

    private static Facts team(Facts c) {
        List<UUID> team = new ArrayList<>(c.currentTeam());
        team.add(ME);
        return new Facts(c.owningServiceId(), c.ownerCoversFamily(), c.leadProfessionalId(), Set.copyOf(team), c.consent(), c.open());
    }

    private static Facts closed(Facts c) {
        return new Facts(c.owningServiceId(), c.ownerCoversFamily(), c.leadProfessionalId(), c.currentTeam(), c.consent(), false,
                c.offeredTo(), c.receiverCoversFamily());
    }

    private static Facts movedAway(Facts c) {
        return new Facts(c.owningServiceId(), false, c.leadProfessionalId(), c.currentTeam(), c.consent(), c.open(),
                c.offeredTo(), c.receiverCoversFamily());
    }

    /** Offered to another service, whose boundary holds the family or not. */
    private static Facts offered(Facts c, UUID to, boolean receiverCovers) {
        return new Facts(c.owningServiceId(), c.ownerCoversFamily(), c.leadProfessionalId(), c.currentTeam(), c.consent(), c.open(),
                to, receiverCovers);
    }
}
