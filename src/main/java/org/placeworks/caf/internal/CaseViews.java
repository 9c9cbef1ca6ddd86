package org.placeworks.caf.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.placeworks.caf.CaseLoop;
import org.placeworks.caf.CaseSummary;
import org.placeworks.caf.CaseView;
import org.placeworks.caf.CaseView.ActionView;
import org.placeworks.caf.CaseView.ConsentView;
import org.placeworks.caf.CaseView.FindingView;
import org.placeworks.caf.CaseView.NeedView;
import org.placeworks.caf.CaseView.ProgressView;
import org.placeworks.caf.CaseView.ReviewView;
import org.placeworks.caf.CaseView.StaffRef;
import org.placeworks.caf.CaseView.TeamMemberView;
import org.placeworks.family.FamilyHeader;
import org.placeworks.family.FamilyView;
import org.placeworks.family.PersonView;
import org.placeworks.organisation.AgencyView;
import org.placeworks.organisation.ServiceView;
import org.placeworks.organisation.Services;
import org.placeworks.organisation.StaffDirectory;
import org.placeworks.organisation.StaffName;
import org.placeworks.shared.Today;

/** Turns cases into the records pages and the API show; names are looked up once per page, never per row. */
@ApplicationScoped
public class CaseViews {

    @Inject
    StaffDirectory staff;

    @Inject
    Services services;

    @Inject
    Clock clock;

    @Inject
    Today today;

    @Inject
    CafCaseRepository cases;

    @Inject
    org.placeworks.identity.CurrentStaff current;

    public Clock clock() {
        return clock;
    }

    public LocalDate today() {
        return today.date();
    }

    public CaseView view(CafCase c, FamilyView family, CaseRule.Decision decision, UUID readerId) {
        cases.readConsentsAndReviews(c);
        boolean canEdit = decision.may(CaseRule.Right.CHANGE_CASE);
        Set<UUID> staffIds = new HashSet<>();
        if (c.leadProfessionalId() != null) {
            staffIds.add(c.leadProfessionalId());
        }
        c.team().forEach(m -> staffIds.add(m.staffId()));
        c.actions().forEach(a -> staffIds.add(a.ownerStaffId()));
        if (c.allocatedWorkerId() != null) {
            staffIds.add(c.allocatedWorkerId());
        }
        Map<UUID, StaffName> names = staff.names(staffIds);
        Map<UUID, String> agencies = services.agencies().stream().collect(Collectors.toMap(AgencyView::id, AgencyView::name));
        Map<UUID, String> needNames = c.needs().stream().collect(Collectors.toMap(Need::id, Need::description));
        LocalDate today = today();

        List<PersonView> children = family.people().stream().filter(p -> c.children().contains(p.id())).toList();
        List<ConsentView> versions = c.consents().stream().map(v -> consent(v, agencies, c.consentWithdrawnOn())).toList();
        ConsentView consent = versions.isEmpty() ? null : withEarlier(versions);
        List<FindingView> findings = c.findings().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> new FindingView(e.getKey(), e.getValue().strengths(), e.getValue().needs())).toList();
        Map<UUID, String> childNames = family.namesById();
        List<NeedView> needs = c.needs().stream().map(n -> new NeedView(n.id(), n.description(), n.headline(),
                n.baselineScore(), n.currentScore(), n.outcome(), n.goal().orElse(null), n.childId(),
                n.childId() == null ? null : childNames.getOrDefault(n.childId(), "A former member of the family"))).toList();
        List<TeamMemberView> team = c.team().stream()
                .map(m -> new TeamMemberView(ref(names, m.staffId()), m.joinedOn(), m.leftOn())).toList();
        List<ActionView> actions = c.actions().stream().map(a -> new ActionView(a.id(), a.needId(), needNames.get(a.needId()),
                a.description(), ref(names, a.ownerStaffId()), a.dueOn(), a.status(), a.overdueOn(today),
                a.ownerStaffId().equals(readerId), a.version())).toList();
        List<ReviewView> reviews = c.reviews().stream().map(r -> new ReviewView(r.id(), r.heldOn(), r.summary(), r.recordedBy(),
                c.needs().stream().filter(n -> r.progress().containsKey(n.id()))
                        .map(n -> new ProgressView(n.description(), r.progress().get(n.id()).progress(), r.progress().get(n.id()).score(),
                                n.goal().orElse(null)))
                        .toList())).toList();
        String owner = services.findService(c.owningServiceId()).map(ServiceView::name).orElse("");
        Due due = c.nextDue().orElse(null);
        return new CaseView(c.id(), c.reference(), c.status(), family, children, owner, c.referredOn(), c.referrer().name(),
                c.referrer().agencyId() == null ? null : agencies.get(c.referrer().agencyId()), c.referrer().email(),
                c.referrer().phone(), c.reason(), c.steppedDown(), consent, c.assessmentDueOn(), c.assessmentCompletedOn(),
                findings, c.childsVoice(), c.familyViews(), needs,
                c.leadProfessionalId() == null ? null : ref(names, c.leadProfessionalId()), team, actions, reviews,
                c.nextReviewDueOn(), c.closedOn(), c.closureReason(), c.closureNote(),
                due == null ? null : due.what(), due == null ? null : due.on(), overdue(due, today), canEdit, c.version(),
                decision.may(CaseRule.Right.REASSIGN), readerId != null && c.currentTeam().contains(readerId),
                c.reassessmentDueOn(), loop(c, names, decision));
    }

    private CaseLoop loop(CafCase c, Map<UUID, StaffName> names, CaseRule.Decision decision) {
        CaseLoop.PreviousCase previous = c.previousCaseId() == null ? null : cases.findByIdOptional(c.previousCaseId())
                .map(p -> new CaseLoop.PreviousCase(p.id(), p.reference(), p.closedOn(), p.closureReason())).orElse(null);
        SignOff awaiting = c.awaitingSignOff().orElse(null);
        SignOff last = c.signOffs().stream().filter(s -> !s.awaiting()).reduce((a, b) -> b).orElse(null);
        List<CaseLoop.CallView> calls = c.calls().stream().filter(ReferrerCall::open)
                .map(k -> new CaseLoop.CallView(k.id(), k.about(), k.createdOn(), k.assignedTo())).toList();
        boolean canSignOff = awaiting != null && decision.may(CaseRule.Right.SIGN_OFF)
                && !awaiting.requestedBy().equals(current.username());
        return new CaseLoop(c.referralDecision(), c.referralDecidedOn(), c.referralDecisionNote(),
                c.allocatedWorkerId() == null ? null : ref(names, c.allocatedWorkerId()), previous, signOff(awaiting),
                signOff(last), c.mashReference(), c.steppedUpOn(), c.stepUpNotAccepted(), calls, c.outcomesAsked(), canSignOff,
                decision.may(CaseRule.Right.SIGN_OFF));
    }

    private static CaseLoop.SignOffView signOff(SignOff s) {
        return s == null ? null : new CaseLoop.SignOffView(s.id(), s.kind(), s.state(), s.requestedAt(), s.requestedBy(),
                s.closureReason(), s.stepOn(), s.note(), s.mashReference(), s.decidedAt(), s.decidedBy(), s.oversightNote());
    }

    /** Case list lines, overdue first, then by the date the next thing is due. */
    public List<CaseSummary> summaries(List<CafCase> list, Map<UUID, FamilyHeader> families) {
        Set<UUID> leads = list.stream().map(CafCase::leadProfessionalId).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        Map<UUID, StaffName> names = staff.names(leads);
        LocalDate today = today();
        return list.stream().map(c -> {
            FamilyHeader family = families.get(c.familyId());
            Due due = c.nextDue().orElse(null);
            StaffName lead = c.leadProfessionalId() == null ? null : names.get(c.leadProfessionalId());
            return new CaseSummary(c.id(), c.reference(), c.familyId(), family == null ? "" : family.name(),
                    family == null ? "" : family.address().neighbourhoodName(), c.status(), lead == null ? null : lead.name(),
                    due == null ? null : due.what(), due == null ? null : due.on(), overdue(due, today), c.referredOn());
        }).sorted(Comparator.comparing(CaseSummary::overdue).reversed()
                .thenComparing(CaseSummary::nextDueOn, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(CaseSummary::reference)).toList();
    }

    private static boolean overdue(Due due, LocalDate today) {
        return due != null && due.on() != null && due.on().isBefore(today);
    }

    private static ConsentView consent(ConsentVersion v, Map<UUID, String> agencies, LocalDate withdrawnOn) {
        List<String> givers = v.givers().stream().map(g -> g.name() + (!g.youngPerson() ? ""
                : g.competenceJudgedBy() == null ? " (the young person, for themselves)"
                : " (the young person, for themselves: judged competent by " + g.competenceJudgedBy() + ", because "
                        + g.competenceReason() + ")")).toList();
        return new ConsentView(v.givers().stream().map(ConsentGiver::name).collect(Collectors.joining(" and ")),
                v.givers().stream().anyMatch(ConsentGiver::youngPerson), v.givenOn(), v.purposes(),
                names(v.allowed(), agencies), names(v.refused(), agencies), withdrawnOn, v.panelDiscussion(), v.number(),
                v.change(), givers, List.of());
    }

    /** The newest version, carrying the earlier ones newest first. */
    private static ConsentView withEarlier(List<ConsentView> versions) {
        ConsentView last = versions.get(versions.size() - 1);
        List<ConsentView> earlier = new java.util.ArrayList<>(versions.subList(0, versions.size() - 1));
        java.util.Collections.reverse(earlier);
        return new ConsentView(last.givenBy(), last.byYoungPerson(), last.givenOn(), last.purposes(), last.allowedAgencies(),
                last.refusedAgencies(), last.withdrawnOn(), last.panelDiscussion(), last.number(), last.change(), last.givers(),
                List.copyOf(earlier));
    }

    private static List<String> names(Set<UUID> ids, Map<UUID, String> agencies) {
        return ids.stream().map(id -> agencies.getOrDefault(id, "(removed agency)")).sorted().toList();
    }

    private static StaffRef ref(Map<UUID, StaffName> names, UUID id) {
        StaffName name = names.get(id);
        return name == null ? new StaffRef(id, "(unknown)", null) : new StaffRef(id, name.name(), name.agencyName());
    }
}
