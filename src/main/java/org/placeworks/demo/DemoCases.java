package org.placeworks.demo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
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
import org.placeworks.caf.ConsentChange;
import org.placeworks.caf.ClosureCommand;
import org.placeworks.caf.ClosureReason;
import org.placeworks.caf.ConsentCommand;
import org.placeworks.caf.HeadlineOutcome;
import org.placeworks.caf.NeedCommand;
import org.placeworks.caf.NeedOutcome;
import org.placeworks.caf.Progress;
import org.placeworks.caf.ReferralCommand;
import org.placeworks.caf.ReferralDecision;
import org.placeworks.caf.ReferralDecisionCommand;
import org.placeworks.caf.SignOffCommand;
import org.placeworks.caf.SignOffState;
import org.placeworks.caf.StepUpCommand;
import org.placeworks.caf.Referrals;
import org.placeworks.caf.ReviewCommand;
import org.placeworks.caf.Score;
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
import org.placeworks.organisation.AgencyView;
import org.placeworks.organisation.Services;
import org.placeworks.organisation.StaffDirectory;
import org.placeworks.shared.Today;

/**
 * A dozen demo families in Thornbury with early help cases in every state: new and awaiting
 * consent, assessment in time and overdue, active plans with reviews due and overdue, stepped up,
 * stepped down, and closed with outcomes; and families that show who may see what: one in Southbank
 * that refused the NHS trust (the school nurse gets neither the case nor a flag), one whose case
 * School Nursing Southbank holds (Family Support sees only the flag), and one whose consent was
 * amended to add the child's school. Made through the same services staff use (as the demo
 * workers), so it obeys every rule. Loaded by {@link DemoLoader} after the place.
 */
@ApplicationScoped
class DemoCases {

    private static final Set<String> WORKER_ROLES = Set.of(Roles.FRONTLINE, Roles.LEAD_PROFESSIONAL);
    private static final String COUNCIL = "Eastmoor District Council";
    private static final String NHS_TRUST = "Eastmoor Community Health NHS Trust";
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
    StaffDirectory staff;

    @Inject
    Services services;

    @Inject
    Today today;

    @Inject
    CaseLoops loops;

    /** Cases whose step up and closure the manager signs off once frontline has asked. */
    private UUID signedOffStepUp;
    private UUID signedOffClosure;

    void load() {
        actingAs.run("frontline", WORKER_ROLES, this::loadThornbury);
        actingAs.run("frontline2", WORKER_ROLES, this::loadSouthbank);
        // The manager signs off the step up and the closure frontline asked for; the step down still awaits them.
        actingAs.run("manager", Set.of(Roles.MANAGER), () -> {
            loops.decideSignOff(signedOffStepUp, new SignOffCommand(SignOffState.SIGNED_OFF,
                    "Threshold for a child and family assessment met; agreed with the MASH manager.", version(signedOffStepUp)));
            loops.decideSignOff(signedOffClosure, new SignOffCommand(SignOffState.SIGNED_OFF,
                    "Outcomes evidenced at the last review; no further early help needed.", version(signedOffClosure)));
        });
    }

    private void loadThornbury() {
        LocalDate today = this.today.date();
        Map<String, UUID> staffIds = new LinkedHashMap<>();
        staff.activeNames().forEach(s -> staffIds.put(s.username(), s.id()));

        // New referral, two days old.
        referral("Walsh family", 100090000121L, "Kayden", "Walsh", today.minusYears(7), "Leah", "Walsh",
                "Mrs Green, Thornbury Primary School", "Kayden is often late and hungry; mum says money is tight since a job loss.",
                need("Punctuality and attendance", HeadlineOutcome.EDUCATION), need("Household debt", HeadlineOutcome.FINANCIAL_STABILITY),
                today.minusDays(2));

        // Awaiting consent for twelve days.
        UUID okonkwo = referral("Okonkwo family", 100090000085L, "Chidi", "Okonkwo", today.minusYears(3), "Ada", "Okonkwo",
                "Health visitor, Thornbury Children's Centre", "Speech delay; family new to the area with no support network.",
                need("Speech and language", HeadlineOutcome.EARLY_YEARS), need("Isolation", HeadlineOutcome.FAMILY_RELATIONSHIPS),
                today.minusDays(12));
        loops.decideReferral(okonkwo, new ReferralDecisionCommand(ReferralDecision.ACCEPTED, staffIds.get("frontline"), null, null,
                today.minusDays(11), version(okonkwo)));

        // Signposted, and the referrer gave only a phone number: frontline has a call to make.
        FamilyView reid = family("Reid family", 100090000113L, "Callum", "Reid", today.minusYears(6), "Amy", "Reid");
        UUID signposted = referrals.refer(new ReferralCommand(reid.id(), Set.of(reid.children().get(0).id()),
                "Neighbour (self-referral by phone)", null, null, "07700 900123", "Worried the family are struggling after a bereavement.",
                List.of(need("Bereavement support", HeadlineOutcome.HEALTH)), null, today.minusDays(3)));
        loops.decideReferral(signposted, new ReferralDecisionCommand(ReferralDecision.SIGNPOSTED, null, null,
                "Cruse Bereavement Support and the school's pastoral team", today.minusDays(1), version(signposted)));

        // Assessment overdue: consent 25 days ago.
        UUID overdue = referral("Nowak family", 100090000131L, "Zofia", "Nowak", today.minusYears(11), "Marta", "Nowak",
                "School nurse", "Low mood and missed appointments; damp flat.",
                need("Emotional wellbeing", HeadlineOutcome.HEALTH), need("Damp and overcrowding", HeadlineOutcome.HOUSING),
                today.minusDays(30));
        consent(overdue, "Marta Nowak", today.minusDays(25));

        // Assessment in time.
        UUID assessing = referral("Hughes family", 100090000097L, "Mason", "Hughes", today.minusYears(9), "Dean", "Hughes",
                "PCSO, Shire Constabulary", "Mason found out late at night twice; dad works nights.",
                need("Supervision in the evenings", HeadlineOutcome.CRIME_PREVENTION), null, today.minusDays(6));
        consent(assessing, "Dean Hughes", today.minusDays(3));
        // Consent amended: Dean agreed yesterday that Mason's primary school may see the case too.
        work.amendConsent(assessing, ConsentChange.AMENDED, new ConsentCommand(List.of(ConsentCommand.Consenter.adult("Dean Hughes")),
                today.minusDays(1), PURPOSES, true, Set.of(agency(COUNCIL), agency(NHS_TRUST), agency("Thornbury Primary School")),
                Set.of(), version(assessing)));

        // Active plan with a team and actions; first review not yet due.
        UUID active = planned("Begum family", 100090000141L, "Aisha", "Begum", today.minusYears(6), "Rumana", "Begum",
                "Thornbury Primary School", "Attendance 81%; mum caring for a disabled grandparent.",
                need("School attendance", HeadlineOutcome.EDUCATION), need("Carer strain", HeadlineOutcome.HEALTH),
                today.minusDays(40), staffIds);
        addAction(active, 0, "Walking bus place from Monday", staffIds.get("frontline"), today.plusDays(10));
        addAction(active, 1, "Carer's assessment referral", staffIds.get("frontline"), today.minusDays(3));

        // Review due soon: last review 80 days ago.
        UUID reviewDue = planned("Clarke family", 100090000101L, "Tyler", "Clarke", today.minusYears(13), "Gemma", "Clarke",
                "Thornbury Academy", "Fixed-term exclusions; arguments at home.",
                need("Behaviour at school", HeadlineOutcome.EDUCATION), need("Family conflict", HeadlineOutcome.FAMILY_RELATIONSHIPS),
                today.minusDays(150), staffIds);
        review(reviewDue, today.minusDays(80), Progress.IMPROVED, 5);

        // Review overdue: last review 100 days ago.
        UUID reviewOverdue = planned("Kowalski family", 100090000125L, "Oliwia", "Kowalski", today.minusYears(4), "Piotr", "Kowalski",
                "Eastmoor Homes", "Rent arrears and a notice seeking possession.",
                need("Rent arrears", HeadlineOutcome.HOUSING), need("Budgeting", HeadlineOutcome.FINANCIAL_STABILITY),
                today.minusDays(200), staffIds);
        review(reviewOverdue, today.minusDays(100), Progress.NO_CHANGE, 4);

        // Stepped up to children's social care.
        UUID steppedUp = referral("Ahmed family", 100090000089L, "Yusuf", "Ahmed", today.minusYears(8), "Sana", "Ahmed",
                "GP surgery", "Frequent A&E visits; parent reports feeling unable to cope.",
                need("Parenting support", HeadlineOutcome.FAMILY_RELATIONSHIPS), null, today.minusDays(35));
        consent(steppedUp, "Sana Ahmed", today.minusDays(33));
        loops.stepUp(steppedUp, new StepUpCommand(today.minusDays(20),
                "Disclosure during the assessment visit; referred to the MASH the same day.", "MASH-24-0412", version(steppedUp)));
        signedOffStepUp = steppedUp;

        // Closed, needs met, with outcomes.
        UUID closed = planned("Murphy family", 100090000145L, "Ruby", "Murphy", today.minusYears(5), "Siobhan", "Murphy",
                "Thornbury Children's Centre", "Sleep and routines; mum returning to work.",
                need("Bedtime routines", HeadlineOutcome.EARLY_YEARS), need("Return to work", HeadlineOutcome.FINANCIAL_STABILITY),
                today.minusDays(240), staffIds);
        review(closed, today.minusDays(120), Progress.IMPROVED, 8);
        Map<UUID, NeedOutcome> outcomes = new LinkedHashMap<>();
        fresh(closed).needIds().forEach(need -> outcomes.put(need, NeedOutcome.MET));
        work.close(closed, new ClosureCommand(ClosureReason.NEEDS_MET, today.minusDays(30), outcomes,
                "Routines settled; mum in work with childcare in place.", version(closed)));
        signedOffClosure = closed;

        // Closed: consent withdrawn.
        UUID withdrawn = referral("Taylor family", 100090000149L, "Leo", "Taylor", today.minusYears(10), "Kerry", "Taylor",
                "Youth service", "Leo is spending time with older teenagers.",
                need("Positive activities", HeadlineOutcome.CRIME_PREVENTION), null, today.minusDays(60));
        consent(withdrawn, "Kerry Taylor", today.minusDays(58));
        work.withdrawConsent(withdrawn, today.minusDays(40), "Family chose support from their church instead.", version(withdrawn));

        // Stepped down from social care, with its lead professional.
        FamilyView evans = family("Evans family", 100090000093L, "Freya", "Evans", today.minusYears(12), "Lisa", "Evans");
        UUID stepDown = referrals.stepDown(new ReferralCommand(evans.id(), Set.of(evans.children().get(0).id()),
                "Children's social care duty team", null, "csc.duty@eastmoor.example", null,
                "Child in need plan ended; family wants continued support with routines.",
                List.of(need("Routines and boundaries", HeadlineOutcome.FAMILY_RELATIONSHIPS)), null, today.minusDays(9)),
                staffIds.get("frontline"));
        consent(stepDown, "Lisa Evans", today.minusDays(8));

        // A Southbank family that refused the NHS trust: the school nurse, whose boundary holds them, neither
        // sees the case nor is told it exists.
        UUID refusedNhs = referral("Lewis family", 100090000215L, "Noah", "Lewis", today.minusYears(10), "Jade", "Lewis",
                "Thornbury Academy", "Noah is withdrawn at school; mum asked that health services are not involved.",
                need("Emotional wellbeing", HeadlineOutcome.HEALTH), null, today.minusDays(7));
        work.recordConsent(refusedNhs, new ConsentCommand(List.of(ConsentCommand.Consenter.adult("Jade Lewis")),
                today.minusDays(5), PURPOSES, true, Set.of(agency(COUNCIL)), Set.of(agency(NHS_TRUST)), version(refusedNhs)));
    }

    /** A Southbank family, owned by School Nursing Southbank: outside Family Support's team, inside frontline2's boundary. */
    private void loadSouthbank() {
        LocalDate today = this.today.date();
        UUID id = referral("Patel family", 100090000205L, "Anya", "Patel", today.minusYears(14), "Priya", "Patel",
                "School nurse, Thornbury Academy", "Anxiety and school refusal since a bereavement.",
                need("Anxiety", HeadlineOutcome.HEALTH), need("Attendance", HeadlineOutcome.EDUCATION), today.minusDays(15));
        consent(id, "Priya Patel", today.minusDays(10));
        UUID nurse = staff.activeNames().stream().filter(s -> s.username().equals("frontline2")).findFirst().orElseThrow().id();
        work.appointLeadProfessional(id, nurse, version(id));
    }

    private UUID planned(String familyName, long uprn, String child, String surname, LocalDate dob, String parent,
            String parentSurname, String referrer, String reason, NeedCommand first, NeedCommand second, LocalDate referredOn,
            Map<String, UUID> staffIds) {
        UUID id = referral(familyName, uprn, child, surname, dob, parent, parentSurname, referrer, reason, first, second, referredOn);
        consent(id, parent + " " + parentSurname, referredOn.plusDays(2));
        Map<UUID, Score> scores = new LinkedHashMap<>();
        fresh(id).needIds().forEach(need -> scores.put(need, new Score(3)));
        work.recordAssessment(id, new AssessmentCommand(
                Map.of(CafElement.LEARNING, "Enjoys reading with a parent", CafElement.EMOTIONAL_WARMTH, "Warm, affectionate home"),
                Map.of(CafElement.LEARNING, first.description(), CafElement.HOUSING, second == null ? "" : second.description()),
                scores, List.of(), "I want things to be calmer at home.", "We want help, not judgement.", true, version(id),
                referredOn.plusDays(14)));
        work.appointLeadProfessional(id, staffIds.get("frontline"), version(id));
        work.addTeamMember(id, staffIds.get("frontline2"), version(id));
        return id;
    }

    private UUID referral(String familyName, long uprn, String child, String surname, LocalDate dob, String parent,
            String parentSurname, String referrer, String reason, NeedCommand first, NeedCommand second, LocalDate referredOn) {
        FamilyView family = family(familyName, uprn, child, surname, dob, parent, parentSurname);
        List<NeedCommand> needs = new ArrayList<>();
        needs.add(first);
        if (second != null) {
            needs.add(second);
        }
        String email = referrer.toLowerCase().replaceAll("[^a-z]+", ".").replaceAll("^\\.|\\.$", "") + "@partners.example";
        return referrals.refer(new ReferralCommand(family.id(), Set.of(family.children().get(0).id()), referrer, null, email,
                null, reason, needs, null, referredOn));
    }

    private FamilyView family(String familyName, long uprn, String child, String surname, LocalDate dob, String parent,
            String parentSurname) {
        UUID address = places.addressByUprn(uprn).orElseThrow().id();
        FamilyView family = families.register(new NewFamily(familyName, address));
        families.addPerson(family.id(), person(parent, parentSurname, dob.minusYears(27), Relationship.PARENT, Sex.FEMALE), true);
        families.addPerson(family.id(), person(child, surname, dob, Relationship.CHILD, Sex.NOT_KNOWN), true);
        return families.family(family.id());
    }

    /** Consent to the assessment, sharing with the council's and the NHS trust's staff, and discussion at panel. */
    private void consent(UUID caseId, String by, LocalDate on) {
        work.recordConsent(caseId, new ConsentCommand(List.of(ConsentCommand.Consenter.adult(by)), on, PURPOSES, true,
                Set.of(agency(COUNCIL), agency(NHS_TRUST)), Set.of(), version(caseId)));
    }

    private UUID agency(String name) {
        return services.agencies().stream().filter(a -> a.name().equals(name)).map(AgencyView::id).findFirst().orElseThrow();
    }

    private void addAction(UUID caseId, int need, String what, UUID owner, LocalDate due) {
        UUID needId = fresh(caseId).needIds().get(need);
        work.addAction(caseId, new ActionCommand(needId, what, owner, due, version(caseId)));
    }

    private void review(UUID caseId, LocalDate heldOn, Progress progress, int score) {
        Map<UUID, Progress> p = new LinkedHashMap<>();
        Map<UUID, Score> s = new LinkedHashMap<>();
        fresh(caseId).needIds().forEach(need -> {
            p.put(need, progress);
            s.put(need, new Score(score));
        });
        work.recordReview(caseId, new ReviewCommand(heldOn, "Team Around the Family review", p, s, version(caseId)));
    }

    private long version(UUID caseId) {
        return fresh(caseId).version();
    }

    /** Read in a transaction of its own: outside one, the request's session would keep serving the first copy it read. */
    private CaseRevision fresh(UUID caseId) {
        return QuarkusTransaction.requiringNew().call(() -> work.revision(caseId));
    }

    private static NeedCommand need(String description, HeadlineOutcome headline) {
        return new NeedCommand(description, headline);
    }

    private static PersonCommand person(String given, String family, LocalDate dob, Relationship relationship, Sex sex) {
        return new PersonCommand(given, family, null, dob, null, sex, Ethnicity.NOBT, "English", false, null, null, null, null,
                relationship, true, null);
    }

}
