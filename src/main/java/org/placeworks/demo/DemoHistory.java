package org.placeworks.demo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.placeworks.caf.ActionCommand;
import org.placeworks.caf.AssessmentCommand;
import org.placeworks.caf.CafElement;
import org.placeworks.caf.CaseLoops;
import org.placeworks.caf.CaseRevision;
import org.placeworks.caf.CaseWork;
import org.placeworks.caf.ClosureCommand;
import org.placeworks.caf.ConsentCommand;
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
import org.placeworks.caf.StepTaken;
import org.placeworks.caf.StepUpCommand;
import org.placeworks.family.Ethnicity;
import org.placeworks.family.Families;
import org.placeworks.family.NewFamily;
import org.placeworks.family.PersonCommand;
import org.placeworks.family.Relationship;
import org.placeworks.family.Sex;
import org.placeworks.geography.Places;
import org.placeworks.identity.ActingAs;
import org.placeworks.identity.Roles;
import org.placeworks.organisation.AgencyView;
import org.placeworks.organisation.Services;
import org.placeworks.organisation.StaffDirectory;
import org.placeworks.shared.Today;

/**
 * Two years of early help in Thornbury (by default 280 cases), so that the insight pages, the map and the
 * inequality figures have something real to show: referrals in every neighbourhood, more where deprivation is
 * higher, each case taken from consent through assessment, plan and reviews to its closure with outcomes
 * (about four in five) or still open. {@link HistoryPlan} decides what happened; this records it through the
 * features' own services, back-dated with the dates their commands take, as three family support workers who
 * hold only these cases (so the demo users' own lists stay as the rest of the demo made them), with the
 * head of service signing off each closure, step up and step down. Loaded by {@link DemoLoader} after the
 * panel's last meeting closes, so the panel's agenda and grants keep their day-one cases.
 */
@ApplicationScoped
class DemoHistory {

    /** The workers who hold the history: family support workers of Family Support Thornbury. */
    static final List<String> WORKERS = List.of("kbrennan", "jmensah", "rcosta");
    private static final Set<String> WORKER_ROLES = Set.of(Roles.FRONTLINE, Roles.LEAD_PROFESSIONAL);
    private static final String SERVICE = "Family Support Thornbury";
    private static final String COUNCIL = "Eastmoor District Council";
    private static final String NHS_TRUST = "Eastmoor Community Health NHS Trust";
    private static final String PURPOSES = "Assessment, sharing with the agencies named, and discussion at the multi-agency panel";
    /** Houses the rest of the demo gives a family of its own: the history leaves them alone. */
    private static final Set<Long> TAKEN = Set.of(100090000001L, 100090000012L, 100090000022L, 100090000053L, 100090000066L, 100090000077L,
            100090000085L, 100090000089L, 100090000093L, 100090000097L, 100090000101L, 100090000113L, 100090000121L,
            100090000123L, 100090000125L, 100090000130L, 100090000131L, 100090000141L, 100090000145L, 100090000149L,
            100090000162L, 100090000163L, 100090000165L, 100090000170L, 100090000176L, 100090000205L, 100090000215L,
            100090000236L);

    /** Cases recorded in one transaction. */
    private static final int BATCH = 10;

    @ConfigProperty(name = "placeworks.demo.history-cases", defaultValue = "280")
    int size;

    @Inject
    ActingAs actingAs;

    @Inject
    Today today;

    @Inject
    Places places;

    @Inject
    Families families;

    @Inject
    Referrals referrals;

    @Inject
    CaseWork work;

    @Inject
    CaseLoops loops;

    @Inject
    Services services;

    @Inject
    StaffDirectory staff;

    @Inject
    jakarta.persistence.EntityManager em;

    /** The history as planned for today (the same plan {@link #load} records). */
    List<HistoryPlan.Case> plan() {
        List<HistoryPlan.Neighbourhood> neighbourhoods = new ArrayList<>();
        List<List<Long>> addresses = new ArrayList<>();
        for (int n = 0; n < DemoPlace.NEIGHBOURHOODS.length; n++) {
            neighbourhoods.add(new HistoryPlan.Neighbourhood(n, (Integer) DemoPlace.NEIGHBOURHOODS[n][3],
                    (Integer) DemoPlace.NEIGHBOURHOODS[n][5]));
            List<Long> houses = new ArrayList<>();
            for (long uprn = DemoPlace.firstUprn(n); uprn < DemoPlace.firstUprn(n) + DemoPlace.ADDRESSES_PER_NEIGHBOURHOOD; uprn++) {
                if (!TAKEN.contains(uprn)) {
                    houses.add(uprn);
                }
            }
            addresses.add(houses);
        }
        return HistoryPlan.of(today.date(), size, neighbourhoods, addresses, WORKERS.size());
    }

    /** How many cases the history has ({@code placeworks.demo.history-cases}; 0 loads none). */
    int size() {
        return size;
    }

    void load() {
        if (size <= 0) {
            return;
        }
        Map<String, UUID> workers = QuarkusTransaction.requiringNew().call(this::registerWorkers);
        Set<UUID> agencies = Set.of(agency(COUNCIL), agency(NHS_TRUST));
        Map<Integer, Recorded> recorded = new HashMap<>();
        List<HistoryPlan.Case> plan = plan();
        // A few cases a transaction keeps the load quick; the oldest first, so a re-referral finds its closed case.
        for (int from = 0; from < plan.size(); from += BATCH) {
            List<HistoryPlan.Case> batch = plan.subList(from, Math.min(plan.size(), from + BATCH));
            QuarkusTransaction.requiringNew().run(() -> batch.forEach(c -> record(c, refer(c, workers, recorded), workers, agencies)));
        }
    }

    /** A family once registered: its id and its children's ids, oldest first. */
    private record Recorded(UUID familyId, List<UUID> children) {
    }

    /** The request for support (a step down signed off at once), for a family registered with its first case. */
    private UUID refer(HistoryPlan.Case c, Map<String, UUID> workers, Map<Integer, Recorded> recorded) {
        String worker = WORKERS.get(c.worker());
        UUID workerId = workers.get(worker);
        UUID caseId = actingAs.call(worker, WORKER_ROLES, () -> {
            Recorded family = recorded.computeIfAbsent(c.family().number(), k -> register(c.family()));
            Set<UUID> children = new LinkedHashSet<>(family.children().subList(0, c.children()));
            List<NeedCommand> needs = c.needs().stream().map(n -> new NeedCommand(n.description(), n.headline())).toList();
            String email = "referrals." + c.referrer().toLowerCase().replaceAll("[^a-z]+", ".").replaceAll("^\\.|\\.$", "")
                    + "@partners.example";
            ReferralCommand referral = new ReferralCommand(family.familyId(), children, c.referrer(), null, email, null,
                    c.reason(), needs, null, c.referredOn());
            return c.stepDown() ? referrals.stepDown(referral, workerId) : referrals.refer(referral);
        });
        if (c.stepDown()) {
            signOff(caseId, "Step down agreed with the social worker; the family knows their new worker.");
            // A case has one request awaiting sign-off at a time: the signed-off one is written before the closure asks again.
            em.flush();
        }
        return caseId;
    }

    /** The rest of the case as its worker, with the manager's sign-off of its closure or step up. */
    private void record(HistoryPlan.Case c, UUID caseId, Map<String, UUID> workers, Set<UUID> agencies) {
        String worker = WORKERS.get(c.worker());
        UUID workerId = workers.get(worker);
        StepTaken ending = actingAs.call(worker, WORKER_ROLES, () -> work(c, caseId, workerId, agencies));
        if (ending == StepTaken.AWAITING_SIGN_OFF) {
            signOff(caseId, c.stepUp() != null ? "Threshold met; agreed with the MASH manager."
                    : "Outcomes evidenced at the last review; agreed.");
        }
        if (c.stepUp() != null) {
            actingAs.run(worker, WORKER_ROLES, () -> loops.socialCareDecided(caseId, new SocialCareDecisionCommand(true,
                    "Accepted for a child and family assessment.", c.stepUp().acceptedOn(), version(caseId))));
        }
    }

    /** Consent, the assessment, the lead professional, the plan's actions, reviews, and the closure or step up asked for. */
    private StepTaken work(HistoryPlan.Case c, UUID caseId, UUID workerId, Set<UUID> agencies) {
        String parent = c.family().parents().get(0).givenName() + " " + c.family().surname();
        CaseRevision referred = work.revision(caseId);
        List<UUID> needIds = referred.needIds();
        work.recordConsent(caseId, new ConsentCommand(List.of(ConsentCommand.Consenter.adult(parent)), c.consentOn(), PURPOSES,
                true, agencies, Set.of(), referred.version()));
        if (c.assessedOn() == null) {
            return StepTaken.DONE;
        }
        Map<UUID, Score> baseline = new LinkedHashMap<>();
        needIds.forEach(need -> baseline.put(need, new Score(3)));
        work.recordAssessment(caseId, new AssessmentCommand(Map.of(CafElement.EMOTIONAL_WARMTH, "Warm, caring home"),
                Map.of(CafElement.LEARNING, c.needs().get(0).description()), baseline, List.of(),
                "I want things to be calmer at home.", "We want help, not judgement.", true, version(caseId), c.assessedOn()));
        if (!c.stepDown()) {
            work.appointLeadProfessional(caseId, workerId, version(caseId));
        }
        for (HistoryPlan.Action a : c.actions()) {
            work.addAction(caseId, new ActionCommand(needIds.get(a.need()), a.description(), workerId, a.dueOn(), version(caseId)));
        }
        for (HistoryPlan.Review r : c.reviews()) {
            Map<UUID, Progress> progress = new LinkedHashMap<>();
            Map<UUID, Score> scores = new LinkedHashMap<>();
            needIds.forEach(need -> {
                progress.put(need, r.improved() ? Progress.IMPROVED : Progress.NO_CHANGE);
                scores.put(need, new Score(r.score()));
            });
            work.recordReview(caseId, new ReviewCommand(r.heldOn(), "Team Around the Family review", progress, scores, version(caseId)));
        }
        if (c.stepUp() != null) {
            return loops.stepUp(caseId, new StepUpCommand(c.stepUp().steppedUpOn(),
                    "New concerns disclosed at a home visit; referred to the MASH the same day.", c.stepUp().mashReference(),
                    version(caseId)));
        }
        if (c.closure() != null) {
            Map<UUID, NeedOutcome> outcomes = new LinkedHashMap<>();
            for (int i = 0; i < needIds.size(); i++) {
                outcomes.put(needIds.get(i), c.closure().outcomes().get(i));
            }
            return work.close(caseId, new ClosureCommand(c.closure().reason(), c.closure().closedOn(), outcomes, c.closure().note(),
                    version(caseId)));
        }
        return StepTaken.DONE;
    }

    /** The head of service signs off what the worker asked for (a worker never signs off their own request). */
    private void signOff(UUID caseId, String note) {
        actingAs.run("manager", Set.of(Roles.MANAGER), () -> loops.decideSignOff(caseId,
                new SignOffCommand(SignOffState.SIGNED_OFF, note, version(caseId))));
    }

    private Recorded register(HistoryPlan.Family family) {
        UUID address = places.addressByUprn(family.uprn()).orElseThrow().id();
        UUID id = families.register(new NewFamily(family.name(), address)).id();
        for (HistoryPlan.Person parent : family.parents()) {
            families.addPerson(id, person(parent, family.surname(), Relationship.PARENT), true);
        }
        List<UUID> children = new ArrayList<>();
        for (HistoryPlan.Person child : family.children()) {
            children.add(families.addPerson(id, person(child, family.surname(), Relationship.CHILD), true).id());
        }
        return new Recorded(id, children);
    }

    private Map<String, UUID> registerWorkers() {
        UUID council = agency(COUNCIL);
        UUID service = services.services().stream().filter(s -> s.name().equals(SERVICE)).findFirst().orElseThrow().id();
        String[][] people = {{"Kate", "Brennan"}, {"Joel", "Mensah"}, {"Rita", "Costa"}};
        Map<String, UUID> ids = new LinkedHashMap<>();
        for (int i = 0; i < WORKERS.size(); i++) {
            String username = WORKERS.get(i);
            ids.put(username, staff.register(username, people[i][0], people[i][1], username + "@eastmoor.example",
                    "Family support worker", council, Set.of(service)).id());
        }
        return ids;
    }

    private UUID agency(String name) {
        return services.agencies().stream().filter(a -> a.name().equals(name)).map(AgencyView::id).findFirst().orElseThrow();
    }

    /** Within the case's transaction the worker's session holds the case, so its version is read from there. */
    private long version(UUID caseId) {
        return work.revision(caseId).version();
    }

    private static PersonCommand person(HistoryPlan.Person p, String surname, Relationship relationship) {
        LocalDate born = p.dateOfBirth();
        return new PersonCommand(p.givenName(), surname, null, born, null, Sex.NOT_KNOWN, Ethnicity.NOBT, "English", false, null,
                null, null, null, relationship, true, null);
    }
}
