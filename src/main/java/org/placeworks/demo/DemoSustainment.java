package org.placeworks.demo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.placeworks.caf.ActionCommand;
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
import org.placeworks.caf.ReferralCommand;
import org.placeworks.caf.Referrals;
import org.placeworks.caf.Score;
import org.placeworks.caf.SignOffCommand;
import org.placeworks.caf.SignOffState;
import org.placeworks.caf.StepTaken;
import org.placeworks.family.Ethnicity;
import org.placeworks.family.Families;
import org.placeworks.family.FamilyView;
import org.placeworks.family.NewFamily;
import org.placeworks.family.PersonCommand;
import org.placeworks.family.Relationship;
import org.placeworks.family.Sex;
import org.placeworks.geography.Places;
import org.placeworks.identity.ActingAs;
import org.placeworks.identity.Roles;
import org.placeworks.insight.SustainmentAnswer;
import org.placeworks.insight.SustainmentCheckView;
import org.placeworks.insight.SustainmentChecks;
import org.placeworks.insight.SustainmentLine;
import org.placeworks.organisation.AgencyView;
import org.placeworks.organisation.Services;
import org.placeworks.organisation.StaffDirectory;
import org.placeworks.shared.Today;

/**
 * Outcomes six months on: three families whose cases closed with their needs met long enough ago for their
 * sustainment checks to fall due. Fran (frontline, their lead professional) recorded the Thornton family's check,
 * every outcome held with its evidence, so the family can be claimed under Supporting Families; the Brennan
 * family's check is overdue, and the Fletcher family's falls due within the month. Of Fran's other checks from the
 * demo's history that fell due, two in three are recorded as held (at most 30), and so are two in three of the
 * history's workers' checks. Loaded last, by
 * {@link DemoLoader}, through the services staff use.
 */
@ApplicationScoped
class DemoSustainment {

    private static final Set<String> WORKER_ROLES = Set.of(Roles.FRONTLINE, Roles.LEAD_PROFESSIONAL);
    private static final String PURPOSES = "Assessment, sharing with the agencies named, and discussion at the multi-agency panel";

    @Inject
    ActingAs actingAs;

    @Inject
    Families families;

    @Inject
    Places places;

    @Inject
    Referrals referrals;

    @Inject
    CaseWork work;

    @Inject
    CaseLoops loops;

    @Inject
    StaffDirectory staff;

    @Inject
    Services services;

    @Inject
    Today today;

    @Inject
    SustainmentChecks checks;

    void load() {
        LocalDate now = today.date();
        UUID fran = staff.activeNames().stream().filter(s -> s.username().equals("frontline")).findFirst().orElseThrow().id();
        UUID thornton = closedWithNeedsMet("Thornton family", 100090000045L, "Mia", "Thornton", "Dawn", now.minusDays(420), now.minusDays(220), fran,
                List.of(new NeedCommand("School attendance below 80%", HeadlineOutcome.EDUCATION),
                        new NeedCommand("Rent arrears and a notice seeking possession", HeadlineOutcome.HOUSING),
                        new NeedCommand("Mum out of work since the baby", HeadlineOutcome.FINANCIAL_STABILITY)));
        UUID brennan = closedWithNeedsMet("Brennan family", 100090000057L, "Finn", "Brennan", "Claire", now.minusDays(400), now.minusDays(200), fran,
                List.of(new NeedCommand("Arguments at home", HeadlineOutcome.FAMILY_RELATIONSHIPS),
                        new NeedCommand("Low mood", HeadlineOutcome.HEALTH)));
        closedWithNeedsMet("Fletcher family", 100090000072L, "Ava", "Fletcher", "Gemma", now.minusDays(360), now.minusDays(170), fran,
                List.of(new NeedCommand("Missed health visitor checks", HeadlineOutcome.EARLY_YEARS),
                        new NeedCommand("Damp and overcrowding", HeadlineOutcome.HOUSING)));
        checks.makeMissing();
        // Fran recorded the Thornton family's check, and two in three of her other checks that fell due more than a month
        // ago (at most 30, however long the demo's history), all held; the Brennan family's and the rest are overdue.
        actingAs.run("frontline", WORKER_ROLES, () -> {
            int seen = 0;
            int recorded = 0;
            for (SustainmentLine line : checks.mine()) {
                boolean keep = line.caseId().equals(thornton)
                        || !line.caseId().equals(brennan) && line.dueOn().isBefore(now.minusDays(30)) && ++seen % 3 != 0 && recorded < 30;
                if (keep) {
                    recordHeld(checks.find(line.id()));
                    recorded++;
                }
            }
        });
        // The history's workers did the same with theirs: two in three recorded as held, the rest overdue.
        for (String worker : DemoHistory.WORKERS) {
            actingAs.run(worker, WORKER_ROLES, () -> {
                int seen = 0;
                for (SustainmentLine line : checks.mine()) {
                    if (line.dueOn().isBefore(now.minusDays(30)) && ++seen % 3 != 0) {
                        recordHeld(checks.find(line.id()));
                    }
                }
            });
        }
    }

    private void recordHeld(SustainmentCheckView check) {
        Map<UUID, SustainmentAnswer> answers = new LinkedHashMap<>();
        check.outcomes().forEach(o -> answers.put(o.id(), new SustainmentAnswer(true, evidence(o.headline()))));
        checks.record(check.id(), answers, check.version());
    }

    private static String evidence(HeadlineOutcome headline) {
        return switch (headline) {
            case EDUCATION -> "School attendance record for the last two terms: 96%. Confirmed by the attendance officer.";
            case HOUSING -> "Tenancy in place and arrears cleared; landlord confirmed by email, no notice served since.";
            case FINANCIAL_STABILITY -> "Mum in continuous employment for the 6 months since closure (payslips seen).";
            default -> "Confirmed at a home visit and with the professionals involved.";
        };
    }

    /** A case referred, assessed, planned and closed with every need met, as Fran, with the manager's sign-off. */
    private UUID closedWithNeedsMet(String familyName, long uprn, String child, String surname, String parent, LocalDate referredOn,
            LocalDate closedOn, UUID lead, List<NeedCommand> needs) {
        UUID[] made = new UUID[1];
        actingAs.run("frontline", WORKER_ROLES, () -> {
            FamilyView family = family(familyName, uprn, child, surname, referredOn.minusYears(9), parent);
            UUID id = referrals.refer(new ReferralCommand(family.id(), Set.of(family.children().get(0).id()),
                    "Thornbury Primary School", null, "office@thornbury-primary.example", null,
                    "School and health visitor worried about the family after a difficult year.", needs, null, referredOn));
            made[0] = id;
            work.recordConsent(id, new ConsentCommand(List.of(ConsentCommand.Consenter.adult(parent + " " + surname)),
                    referredOn.plusDays(2), PURPOSES, true, Set.of(agency("Eastmoor District Council")), Set.of(), version(id)));
            Map<UUID, Score> scores = new LinkedHashMap<>();
            fresh(id).needIds().forEach(need -> scores.put(need, new Score(3)));
            work.recordAssessment(id, new AssessmentCommand(Map.of(CafElement.EMOTIONAL_WARMTH, "Warm, loving home"),
                    Map.of(CafElement.LEARNING, needs.get(0).description()), scores, List.of(), "I want us to be OK.",
                    "We want help getting back on our feet.", true, version(id), referredOn.plusDays(14), Map.of(), Map.of()));
            work.appointLeadProfessional(id, lead, version(id));
            for (UUID need : fresh(id).needIds()) {
                work.addAction(id, new ActionCommand(need, "Agree the steps with the family and the agencies involved", lead,
                        referredOn.plusDays(60), version(id)));
            }
            Map<UUID, NeedOutcome> outcomes = new LinkedHashMap<>();
            fresh(id).needIds().forEach(need -> outcomes.put(need, NeedOutcome.MET));
            StepTaken step = work.close(id, new ClosureCommand(ClosureReason.NEEDS_MET, closedOn, outcomes,
                    "Every need met; the family know how to come back to us.", version(id)));
            if (step == StepTaken.AWAITING_SIGN_OFF) {
                actingAs.run("manager", Set.of(Roles.MANAGER), () -> loops.decideSignOff(id, new SignOffCommand(SignOffState.SIGNED_OFF,
                        "Outcomes evidenced at the closing review.", version(id))));
            }
        });
        return made[0];
    }

    private FamilyView family(String familyName, long uprn, String child, String surname, LocalDate dob, String parent) {
        UUID address = places.addressByUprn(uprn).orElseThrow().id();
        FamilyView family = families.register(new NewFamily(familyName, address));
        families.addPerson(family.id(), person(parent, surname, dob.minusYears(26), Relationship.PARENT, Sex.FEMALE), true);
        families.addPerson(family.id(), person(child, surname, dob, Relationship.CHILD, Sex.NOT_KNOWN), true);
        return families.family(family.id());
    }

    private UUID agency(String name) {
        return services.agencies().stream().filter(a -> a.name().equals(name)).map(AgencyView::id).findFirst().orElseThrow();
    }

    private long version(UUID caseId) {
        return fresh(caseId).version();
    }

    private CaseRevision fresh(UUID caseId) {
        return QuarkusTransaction.requiringNew().call(() -> work.revision(caseId));
    }

    private static PersonCommand person(String given, String family, LocalDate dob, Relationship relationship, Sex sex) {
        return new PersonCommand(given, family, null, dob, null, sex, Ethnicity.NOBT, "English", false, null, null, null, null,
                relationship, true, null);
    }
}
