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
import org.placeworks.caf.AssessmentCommand;
import org.placeworks.caf.CafElement;
import org.placeworks.caf.ChildAssessmentCommand;
import org.placeworks.caf.ChildAssessments;
import org.placeworks.caf.CaseWork;
import org.placeworks.caf.ConsentCommand;
import org.placeworks.caf.Goal;
import org.placeworks.caf.HeadlineOutcome;
import org.placeworks.caf.NeedCommand;
import org.placeworks.caf.Progress;
import org.placeworks.caf.ReferralCommand;
import org.placeworks.caf.Referrals;
import org.placeworks.caf.ReviewCommand;
import org.placeworks.caf.Score;
import org.placeworks.caf.TafMeetingCommand;
import org.placeworks.caf.TafMeetings;
import org.placeworks.family.Ethnicity;
import org.placeworks.family.Families;
import org.placeworks.family.FamilyView;
import org.placeworks.family.NewFamily;
import org.placeworks.family.PersonCommand;
import org.placeworks.family.PersonView;
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
 * A case that shows case recording to the demo users: the Ellis family, with two children whose
 * needs differ (each need attributed to its child, and Jack assessed on his own too), a goal for every need, a Team Around the
 * Family meeting whose agreed actions are in the plan, and a review that scored each need against
 * its goal. Made as frontline, through the services staff use. Loaded by {@link DemoLoader} after
 * the other cases.
 */
@ApplicationScoped
class DemoRecording {

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
    TafMeetings meetings;

    @Inject
    ChildAssessments childAssessments;

    @Inject
    StaffDirectory staff;

    @Inject
    Services services;

    @Inject
    Today today;

    void load() {
        actingAs.run("frontline", Set.of(Roles.FRONTLINE, Roles.LEAD_PROFESSIONAL), this::loadEllis);
    }

    private void loadEllis() {
        LocalDate today = this.today.date();
        Map<String, UUID> staffIds = new LinkedHashMap<>();
        staff.activeNames().forEach(s -> staffIds.put(s.username(), s.id()));
        UUID address = places.addressByUprn(100090000113L).orElseThrow().id();
        FamilyView family = families.register(new NewFamily("Ellis family", address));
        families.addPerson(family.id(), person("Hannah", today.minusYears(36).minusDays(40), Relationship.PARENT, Sex.FEMALE), true);
        families.addPerson(family.id(), person("Jack", today.minusYears(10).minusDays(75), Relationship.CHILD, Sex.MALE), true);
        families.addPerson(family.id(), person("Poppy", today.minusYears(3).minusDays(120), Relationship.CHILD, Sex.FEMALE), true);
        family = families.family(family.id());
        UUID jack = child(family, "Jack");
        UUID poppy = child(family, "Poppy");

        LocalDate referred = today.minusDays(75);
        UUID id = referrals.refer(new ReferralCommand(family.id(), Set.of(jack, poppy), "Thornbury Children's Centre", null,
                "childrens.centre@partners.example", null, "Jack is angry at school since his dad left; Poppy has few words for her age.",
                List.of(new NeedCommand("Jack's anger at school", HeadlineOutcome.EDUCATION),
                        new NeedCommand("Poppy's speech and language", HeadlineOutcome.EARLY_YEARS)), null, referred));
        work.recordConsent(id, new ConsentCommand(List.of(ConsentCommand.Consenter.adult("Hannah Ellis")), referred.plusDays(2), PURPOSES,
                true, Set.of(agency("Eastmoor District Council"), agency("Eastmoor Community Health NHS Trust")), Set.of(), version(id)));

        List<UUID> needs = needs(id);
        Map<UUID, Score> scores = new LinkedHashMap<>();
        needs.forEach(need -> scores.put(need, new Score(3)));
        Map<UUID, Goal> goals = new LinkedHashMap<>();
        goals.put(needs.get(0), new Goal("Jack stays in class and tells an adult when he is upset",
                "Behaviour log at school, reviewed with Jack and his mum each month"));
        goals.put(needs.get(1), new Goal("Poppy uses two-word phrases at home and at nursery",
                "Speech and language therapist's check at 3 months"));
        Map<UUID, UUID> childOf = new LinkedHashMap<>();
        childOf.put(needs.get(0), jack);
        childOf.put(needs.get(1), poppy);
        work.recordAssessment(id, new AssessmentCommand(
                Map.of(CafElement.RELATIONSHIPS, "Close to his mum and sister", CafElement.LEARNING, "Loves picture books"),
                Map.of(CafElement.EMOTIONAL_SOCIAL, "Jack is angry and tearful since the separation",
                        CafElement.HEALTH, "Poppy's speech is behind for her age"),
                scores, List.of(), "Jack: \"I just want Dad to come to my football.\"", "Hannah wants help for both children.", true,
                version(id), referred.plusDays(12), goals, childOf));
        work.appointLeadProfessional(id, staffIds.get("frontline"), version(id));

        // Jack's needs differ from Poppy's: he has an assessment of his own, alongside the family's.
        childAssessments.record(id, jack, new ChildAssessmentCommand(
                Map.of(CafElement.EMOTIONAL_SOCIAL, "Warm with his mum and his football coach",
                        CafElement.LEARNING, "Reads well and likes maths"),
                Map.of(CafElement.EMOTIONAL_SOCIAL, "Angry outbursts in class, most days since his dad left",
                        CafElement.RELATIONSHIPS, "Sees his dad rarely and does not know when"),
                "Jack: \"I get cross when people talk about dads. Football makes me feel better.\"", referred.plusDays(14),
                version(id)));

        // The first Team Around the Family meeting agreed the actions.
        meetings.record(id, new TafMeetingCommand(referred.plusDays(16), Set.of(staffIds.get("frontline")),
                Set.of(family.people().stream().filter(p -> p.givenName().equals("Hannah")).findFirst().orElseThrow().id()),
                "School will give Jack a quiet space and a daily check-in; the lead professional will refer Poppy to speech and language therapy.",
                List.of(new TafMeetingCommand.AgreedAction(needs.get(0), "Daily check-in with the learning mentor", staffIds.get("frontline"),
                                today.plusDays(14)),
                        new TafMeetingCommand.AgreedAction(needs.get(1), "Referral to speech and language therapy", staffIds.get("frontline"),
                                referred.plusDays(30))), version(id)));

        // The first review scored each need against its goal.
        Map<UUID, Progress> progress = new LinkedHashMap<>();
        progress.put(needs.get(0), Progress.IMPROVED);
        progress.put(needs.get(1), Progress.NO_CHANGE);
        Map<UUID, Score> review = new LinkedHashMap<>();
        review.put(needs.get(0), new Score(5));
        review.put(needs.get(1), new Score(3));
        work.recordReview(id, new ReviewCommand(today.minusDays(10), "Jack has had two good weeks; Poppy is waiting for therapy.",
                progress, review, version(id)));
    }

    private static UUID child(FamilyView family, String given) {
        return family.people().stream().filter(p -> p.givenName().equals(given)).map(PersonView::id).findFirst().orElseThrow();
    }

    private UUID agency(String name) {
        return services.agencies().stream().filter(a -> a.name().equals(name)).map(AgencyView::id).findFirst().orElseThrow();
    }

    private long version(UUID caseId) {
        return QuarkusTransaction.requiringNew().call(() -> work.revision(caseId)).version();
    }

    private List<UUID> needs(UUID caseId) {
        return QuarkusTransaction.requiringNew().call(() -> work.revision(caseId)).needIds();
    }

    private static PersonCommand person(String given, LocalDate dob, Relationship relationship, Sex sex) {
        return new PersonCommand(given, "Ellis", null, dob, null, sex, Ethnicity.NOBT, "English", false, null, null, null, null,
                relationship, true, null);
    }
}
