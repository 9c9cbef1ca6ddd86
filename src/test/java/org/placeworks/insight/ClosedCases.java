package org.placeworks.insight;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.placeworks.caf.AssessmentCommand;
import org.placeworks.caf.CafElement;
import org.placeworks.caf.CaseLoops;
import org.placeworks.caf.CaseRevision;
import org.placeworks.caf.CaseWork;
import org.placeworks.caf.ClosureCommand;
import org.placeworks.caf.ClosureReason;
import org.placeworks.caf.ConsentCommand;
import org.placeworks.caf.HeadlineOutcome;
import org.placeworks.caf.NeedCommand;
import org.placeworks.caf.NeedOutcome;
import org.placeworks.caf.Progress;
import org.placeworks.caf.ReferralCommand;
import org.placeworks.caf.Referrals;
import org.placeworks.caf.ReviewCommand;
import org.placeworks.caf.Score;
import org.placeworks.caf.SignOffCommand;
import org.placeworks.caf.SignOffState;
import org.placeworks.caf.SocialCareDecisionCommand;
import org.placeworks.caf.StepUpCommand;
import org.placeworks.family.Ethnicity;
import org.placeworks.family.Families;
import org.placeworks.family.FamilyView;
import org.placeworks.family.NewFamily;
import org.placeworks.family.PersonCommand;
import org.placeworks.family.Relationship;
import org.placeworks.family.Sex;
import org.placeworks.identity.ActingAs;
import org.placeworks.identity.Roles;
import org.placeworks.organisation.Thornbury;
import org.placeworks.grant.DecisionCommand;
import org.placeworks.grant.DecisionOutcome;
import org.placeworks.grant.DecisionRoute;
import org.placeworks.grant.FinancialYear;
import org.placeworks.grant.FundCommand;
import org.placeworks.grant.Funds;
import org.placeworks.grant.GrantCategory;
import org.placeworks.grant.GrantRequestCommand;
import org.placeworks.grant.GrantRequests;
import org.placeworks.panel.Panels;
import org.placeworks.shared.Today;

/**
 * Early help cases of Family Support Thornbury taken through caf's public services from referral to closure,
 * with the dates and outcomes a test chooses: the cases the outcome and timeliness tables are checked against.
 * The family support worker (frontline) does the work and is lead professional; the manager signs off.
 */
@ApplicationScoped
public class ClosedCases {

    private static final Set<String> WORKER = Set.of(Roles.FRONTLINE, Roles.LEAD_PROFESSIONAL);
    private static final String SERVICE = "Family Support Thornbury";

    @Inject
    ActingAs actingAs;

    @Inject
    Families families;

    @Inject
    Referrals referrals;

    @Inject
    CaseWork work;

    @Inject
    CaseLoops loops;

    @Inject
    Thornbury thornbury;

    @Inject
    Funds funds;

    @Inject
    Panels panels;

    @Inject
    GrantRequests requests;

    @Inject
    Today today;

    /** A need and how it went at closure. */
    public record Need(HeadlineOutcome headline, NeedOutcome outcome) {
    }

    /**
     * Referred, consent the next day, assessed {@code assessedAfter} days after referral, reviewed
     * {@code reviewedAfter} days after referral (none when null), closed on the day with these outcomes.
     */
    public UUID closed(long uprn, LocalDate referred, int assessedAfter, Integer reviewedAfter, LocalDate closedOn,
            ClosureReason reason, List<Need> needs) {
        UUID id = frontline(() -> refer(uprn, referred, needs));
        frontline(() -> {
            consent(id, referred.plusDays(1));
            Map<UUID, Score> scores = new LinkedHashMap<>();
            revision(id).needIds().forEach(n -> scores.put(n, new Score(3)));
            work.recordAssessment(id, new AssessmentCommand(Map.of(CafElement.LEARNING, "Reads with a parent"),
                    Map.of(CafElement.LEARNING, "Attendance"), scores, List.of(), "I want it calmer at home.", "We want help.",
                    true, revision(id).version(), referred.plusDays(assessedAfter)));
            work.appointLeadProfessional(id, thornbury.member("frontline").id(), revision(id).version());
            if (reviewedAfter != null) {
                Map<UUID, Progress> progress = new LinkedHashMap<>();
                Map<UUID, Score> now = new LinkedHashMap<>();
                revision(id).needIds().forEach(n -> {
                    progress.put(n, Progress.IMPROVED);
                    now.put(n, new Score(7));
                });
                work.recordReview(id, new ReviewCommand(referred.plusDays(reviewedAfter), "Team Around the Family review",
                        progress, now, revision(id).version()));
            }
            Map<UUID, NeedOutcome> outcomes = new LinkedHashMap<>();
            List<UUID> ids = revision(id).needIds();
            for (int i = 0; i < ids.size(); i++) {
                outcomes.put(ids.get(i), needs.get(i).outcome());
            }
            return work.close(id, new ClosureCommand(reason, closedOn, outcomes, "Plan finished", revision(id).version()));
        });
        signOffIfAsked(id);
        return id;
    }

    /**
     * Referred stepped down from children's social care, then stepped back up on {@code steppedUp} and accepted by
     * them on {@code accepted}: the case closes as stepped up, its needs with no outcome.
     */
    public UUID steppedDownThenUp(long uprn, LocalDate referred, LocalDate steppedUp, LocalDate accepted, HeadlineOutcome need) {
        UUID lead = thornbury.member("frontline").id();
        UUID id = frontline(() -> {
            FamilyView family = family(uprn);
            return referrals.stepDown(new ReferralCommand(family.id(), Set.of(family.children().get(0).id()),
                    "Children's social care duty team", null, "csc.duty@eastmoor.example", null, "Child in need plan ended",
                    List.of(new NeedCommand("Routines", need)), thornbury.service(SERVICE).id(), referred), lead);
        });
        signOffIfAsked(id);
        frontline(() -> {
            consent(id, referred.plusDays(1));
            return loops.stepUp(id, new StepUpCommand(steppedUp, "Harm disclosed", "MASH-31-0001", revision(id).version()));
        });
        signOffIfAsked(id);
        actingAs.run("frontline", WORKER,
                () -> loops.socialCareDecided(id, new SocialCareDecisionCommand(true, null, accepted, revision(id).version())));
        return id;
    }

    /**
     * An open case (referred and assessed on the day, with a plan) whose first need gets {@code grants} grants of
     * {@code pence} each from a new fund of Family Support Thornbury, each approved by the panel chair today.
     */
    public UUID openWithGrants(long uprn, LocalDate referred, HeadlineOutcome headline, int grants, long pence) {
        UUID id = frontline(() -> refer(uprn, referred, List.of(new Need(headline, null))));
        frontline(() -> {
            consent(id, referred);
            Map<UUID, Score> scores = new LinkedHashMap<>();
            revision(id).needIds().forEach(n -> scores.put(n, new Score(3)));
            work.recordAssessment(id, new AssessmentCommand(Map.of(CafElement.LEARNING, "Reads with a parent"),
                    Map.of(CafElement.LEARNING, "Attendance"), scores, List.of(), "I want it calmer at home.", "We want help.",
                    true, revision(id).version(), referred));
            work.appointLeadProfessional(id, thornbury.member("frontline").id(), revision(id).version());
            return id;
        });
        UUID need = revision(id).needIds().get(0);
        UUID fund = actingAs.call("manager", Set.of(Roles.MANAGER), () -> funds.create(new FundCommand(
                thornbury.service(SERVICE).id(),
                panels.visible().stream().filter(p -> p.name().equals("Thornbury Early Help Panel")).findFirst().orElseThrow().id(),
                Thornbury.unique("Outcome grants"), FinancialYear.of(today.date()).startYear(), 1_000_000L, 15_000L, 100_000L,
                5_000L)));
        for (int i = 0; i < grants; i++) {
            UUID request = frontline(() -> requests.request(new GrantRequestCommand(id, need, "School shoes", GrantCategory.SCHOOL_UNIFORM,
                    pence, "Thornbury Schoolwear", "Universal Credit award letter seen.", "Pupil premium spent for the term.",
                    false, fund)));
            actingAs.run("chair", Set.of(Roles.PANEL_CHAIR), () -> requests.decide(request, new DecisionCommand(DecisionRoute.CHAIR,
                    null, DecisionOutcome.APPROVE, null, "Within the chair's limit.",
                    QuarkusTransaction.requiringNew().call(() -> requests.version(request)))));
        }
        return id;
    }

    private UUID refer(long uprn, LocalDate referred, List<Need> needs) {
        FamilyView family = family(uprn);
        return referrals.refer(new ReferralCommand(family.id(), Set.of(family.children().get(0).id()), "Pat Teacher", null,
                "pat.teacher@school.example", null, "Attendance has fallen",
                needs.stream().map(n -> new NeedCommand("Need about " + n.headline().label(), n.headline())).toList(),
                thornbury.service(SERVICE).id(), referred));
    }

    private FamilyView family(long uprn) {
        String name = Thornbury.unique("Outcome").replace(' ', '-');
        FamilyView f = families.register(new NewFamily(name + " family", thornbury.address(uprn).id()));
        families.addPerson(f.id(), person("Rae", name, LocalDate.of(1995, 1, 1), Relationship.PARENT), true);
        families.addPerson(f.id(), person("Sol", name, LocalDate.of(2022, 1, 1), Relationship.CHILD), true);
        return families.family(f.id());
    }

    private void consent(UUID id, LocalDate on) {
        work.recordConsent(id, new ConsentCommand(List.of(ConsentCommand.Consenter.adult("Rae")), on,
                "Assessment and sharing with the agencies named", true,
                Set.of(thornbury.agency("Eastmoor District Council")), Set.of(), revision(id).version()));
    }

    /** Whatever the worker asked a manager to sign off (closure, step up or down), signed off by the manager. */
    private void signOffIfAsked(UUID id) {
        actingAs.run("manager", Set.of(Roles.MANAGER), () -> {
            try {
                loops.decideSignOff(id, new SignOffCommand(SignOffState.SIGNED_OFF, "Agreed", revision(id).version()));
            } catch (org.placeworks.shared.Conflict nothingAwaits) {
                // the service does not ask for sign-off of this step
            }
        });
    }

    private CaseRevision revision(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> work.revision(id));
    }

    private <T> T frontline(Supplier<T> step) {
        return actingAs.call("frontline", WORKER, step);
    }

    private static PersonCommand person(String given, String family, LocalDate dob, Relationship relationship) {
        return new PersonCommand(given, family, null, dob, null, Sex.NOT_KNOWN, Ethnicity.NOBT, "English", false, null, null,
                null, null, relationship, true, null);
    }
}
