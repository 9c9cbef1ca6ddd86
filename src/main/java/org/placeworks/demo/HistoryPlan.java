package org.placeworks.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.placeworks.caf.ClosureReason;
import org.placeworks.caf.HeadlineOutcome;
import org.placeworks.caf.NeedOutcome;

/**
 * What the demo's two years of early help history will be, worked out before anything is recorded: which
 * families in which neighbourhoods, referred when, assessed (in time or late), reviewed, and how each case
 * ended. Pure and deterministic (a fixed seed, dates counted back from today), so the same day always gives
 * the same history and a test can check its spread without starting the app. {@link DemoHistory} records it.
 *
 * <p>Referrals per child follow deprivation: a decile 1 neighbourhood refers about three times as many
 * children as a decile 9 one, so the inequality figures show the gradient councils see.
 */
final class HistoryPlan {

    /** The seed of every demo history: change it and every demo changes. */
    static final long SEED = 20_240_601L;
    /** How far back the history goes. */
    static final int DAYS = 730;
    /** The newest referral is this many days old: the demo's own day-one cases are newer. */
    static final int NEWEST = 5;

    /** A neighbourhood as the plan needs it: its place in the demo's list, deprivation decile and children. */
    record Neighbourhood(int index, int decile, int children) {
    }

    /** A household: surname, address (UPRN) and its people. */
    record Family(int number, String surname, int neighbourhood, long uprn, List<Person> parents, List<Person> children) {

        String name() {
            return surname + " family";
        }
    }

    record Person(String givenName, LocalDate dateOfBirth) {
    }

    record Need(String description, HeadlineOutcome headline) {
    }

    /** A review: when, and whether things improved (then every need scores {@code score}). */
    record Review(LocalDate heldOn, boolean improved, int score) {
    }

    record Action(int need, String description, LocalDate dueOn) {
    }

    /** How a closed case ended: its reason and date, and each need's outcome in the order of the needs. */
    record Closure(ClosureReason reason, LocalDate closedOn, List<NeedOutcome> outcomes, String note) {
    }

    /** A step up to children's social care, accepted by them a few days later: the case closes as stepped up. */
    record StepUp(LocalDate steppedUpOn, String mashReference, LocalDate acceptedOn) {
    }

    /**
     * One case: the family, the worker who holds it and leads it, the referral (or step down from social
     * care), consent, the assessment (null while it is still being done), the plan and how it ended (both
     * null while the case is open).
     */
    record Case(Family family, int worker, boolean reReferral, boolean stepDown, String referrer, String reason,
            List<Need> needs, int children, LocalDate referredOn, LocalDate consentOn, LocalDate assessedOn,
            boolean assessedInTime, List<Action> actions, List<Review> reviews, Closure closure, StepUp stepUp) {

        boolean open() {
            return closure == null && stepUp == null;
        }

        LocalDate endedOn() {
            return closure != null ? closure.closedOn() : stepUp != null ? stepUp.acceptedOn() : null;
        }
    }

    private static final String[] SURNAMES = {"Abbott", "Ackroyd", "Bancroft", "Bello", "Brierley", "Carver", "Chowdhury",
        "Crowther", "Dewhurst", "Dimitrov", "Dunmore", "Eccles", "Entwistle", "Eze", "Fairweather", "Farouk", "Fothergill",
        "Gashi", "Gilchrist", "Greenhalgh", "Hallam", "Haworth", "Hussain", "Illingworth", "Ingleby", "Ivanova", "Jarrow",
        "Jaworski", "Kaur", "Kershaw", "Kettering", "Lockwood", "Lumb", "Lungu", "Mahmood", "Marsden", "Mellor", "Needham",
        "Nuttall", "Oldroyd", "Ormerod", "Osei", "Petrova", "Pickering", "Priestley", "Rahman", "Ramsden", "Rushworth",
        "Shackleton", "Sokolova", "Sowerby", "Tattersall", "Tembo", "Thackeray", "Uddin", "Umpleby", "Varley", "Vasquez",
        "Wainwright", "Whitworth", "Wojcik", "Yardley", "Yilmaz", "Zielinski"};
    private static final String[] PARENTS = {"Amina", "Beth", "Carla", "Danielle", "Emma", "Faith", "Gemma", "Hannah", "Imogen",
        "Jodie", "Kirsty", "Laura", "Maria", "Nadia", "Olivia", "Paula", "Rachel", "Stacey", "Tanya", "Vicky", "Adam", "Ben",
        "Craig", "Darren", "Gary", "Jamal", "Lee", "Mark", "Neil", "Ryan", "Scott", "Wayne"};
    private static final String[] CHILDREN = {"Alfie", "Amelia", "Archie", "Ava", "Bella", "Charlie", "Chloe", "Daisy",
        "Ethan", "Evie", "Finley", "Grace", "Harry", "Isla", "Jacob", "Jessica", "Kai", "Layla", "Logan", "Lily", "Mia",
        "Mohammed", "Noah", "Oscar", "Poppy", "Reggie", "Riley", "Rosie", "Sophie", "Theo", "Willow", "Zara"};
    private static final String[] REFERRERS = {"Thornbury Primary School", "Thornbury Academy", "Health visitor, Thornbury Children's Centre",
        "GP surgery", "School nurse", "Eastmoor Homes", "PCSO, Shire Constabulary", "Parent (self-referral)", "Thornbury Food Bank",
        "Youth service"};
    private static final String[] REASONS = {"The family asked for help after a difficult year.",
        "School is worried about the children's attendance and wellbeing.", "Money is tight and the home is under strain.",
        "Parent feels unable to cope with the children's behaviour.", "Concerns about the children's health and routines.",
        "The family has had several moves and has no support nearby."};

    /** Needs councils see under each headline outcome, in words a worker would write. */
    private static final java.util.Map<HeadlineOutcome, String[]> NEEDS = new java.util.EnumMap<>(java.util.Map.of(
            HeadlineOutcome.EDUCATION, new String[] {"School attendance", "Behaviour at school", "Getting to school on time"},
            HeadlineOutcome.EARLY_YEARS, new String[] {"Speech and language", "Toilet training and routines", "Nursery place"},
            HeadlineOutcome.HEALTH, new String[] {"Low mood", "Anxiety", "Missed health appointments", "Sleep"},
            HeadlineOutcome.SUBSTANCE_USE, new String[] {"Parent's alcohol use", "Cannabis use"},
            HeadlineOutcome.FAMILY_RELATIONSHIPS, new String[] {"Arguments at home", "Boundaries and routines", "Contact after separation"},
            HeadlineOutcome.SAFE_FROM_ABUSE, new String[] {"Online safety", "Going missing in the evenings"},
            HeadlineOutcome.CRIME_PREVENTION, new String[] {"Antisocial behaviour with friends", "Positive activities"},
            HeadlineOutcome.DOMESTIC_ABUSE, new String[] {"Safety after domestic abuse", "Support after leaving an abusive partner"},
            HeadlineOutcome.HOUSING, new String[] {"Rent arrears", "Damp and overcrowding", "Threat of eviction"},
            HeadlineOutcome.FINANCIAL_STABILITY, new String[] {"Household debt", "Benefits and budgeting", "Getting back to work"}));
    /** How often each headline outcome is named, roughly as early help teams report them. */
    private static final HeadlineOutcome[] HEADLINE_WEIGHTS = {
        HeadlineOutcome.EDUCATION, HeadlineOutcome.EDUCATION, HeadlineOutcome.EDUCATION,
        HeadlineOutcome.HEALTH, HeadlineOutcome.HEALTH, HeadlineOutcome.HEALTH,
        HeadlineOutcome.FAMILY_RELATIONSHIPS, HeadlineOutcome.FAMILY_RELATIONSHIPS, HeadlineOutcome.FAMILY_RELATIONSHIPS,
        HeadlineOutcome.FINANCIAL_STABILITY, HeadlineOutcome.FINANCIAL_STABILITY, HeadlineOutcome.HOUSING, HeadlineOutcome.HOUSING,
        HeadlineOutcome.EARLY_YEARS, HeadlineOutcome.EARLY_YEARS, HeadlineOutcome.DOMESTIC_ABUSE, HeadlineOutcome.CRIME_PREVENTION,
        HeadlineOutcome.SAFE_FROM_ABUSE, HeadlineOutcome.SUBSTANCE_USE};

    private final Random random = new Random(SEED);
    private final LocalDate today;
    private final int workers;
    private int families;
    private int stepUps;

    private HistoryPlan(LocalDate today, int workers) {
        this.today = today;
        this.workers = workers;
    }

    /**
     * {@code total} cases over the last two years across {@code neighbourhoods}, held by {@code workers}
     * workers; {@code addresses.get(i)} are the UPRNs of neighbourhood i. Oldest referral first.
     */
    static List<Case> of(LocalDate today, int total, List<Neighbourhood> neighbourhoods, List<List<Long>> addresses, int workers) {
        HistoryPlan plan = new HistoryPlan(today, workers);
        int[] counts = shares(total, neighbourhoods);
        List<Case> cases = new ArrayList<>();
        for (Neighbourhood n : neighbourhoods) {
            cases.addAll(plan.neighbourhood(n, counts[n.index()], addresses.get(n.index())));
        }
        cases.sort(Comparator.comparing(Case::referredOn));
        return cases;
    }

    /** Referrals per child by decile: 2.9 at decile 1 falling evenly to 0.7 at decile 9 (and 0.45 at 10). */
    static double weight(int decile) {
        return 3.175 - 0.275 * decile;
    }

    /** Cases per neighbourhood, in proportion to children times the decile's weight, by largest remainder (they add up to total). */
    static int[] shares(int total, List<Neighbourhood> neighbourhoods) {
        double sum = neighbourhoods.stream().mapToDouble(n -> n.children() * weight(n.decile())).sum();
        int[] counts = new int[neighbourhoods.size()];
        double[] remainders = new double[neighbourhoods.size()];
        int given = 0;
        for (Neighbourhood n : neighbourhoods) {
            double exact = total * n.children() * weight(n.decile()) / sum;
            counts[n.index()] = (int) Math.floor(exact);
            remainders[n.index()] = exact - counts[n.index()];
            given += counts[n.index()];
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> remainders[i]).reversed());
        for (int i = 0; given < total; i++, given++) {
            counts[order.get(i % order.size())]++;
        }
        return counts;
    }

    private List<Case> neighbourhood(Neighbourhood n, int count, List<Long> addresses) {
        List<LocalDate> dates = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            dates.add(today.minusDays(NEWEST + random.nextInt(DAYS - NEWEST)));
        }
        Collections.sort(dates);
        List<Case> cases = new ArrayList<>();
        List<Case> reReferrable = new ArrayList<>();
        List<Long> free = new ArrayList<>(addresses);
        Collections.shuffle(free, random);
        for (LocalDate referredOn : dates) {
            // About one family in eight is back within a year of their case closing: a re-referral.
            Case earlier = random.nextInt(8) == 0 ? reReferrable.stream()
                    .filter(c -> c.endedOn().isBefore(referredOn.minusDays(20)) && !c.endedOn().isBefore(referredOn.minusMonths(12)))
                    .findFirst().orElse(null) : null;
            Family family;
            if (earlier != null) {
                reReferrable.remove(earlier);
                family = earlier.family();
            } else {
                family = family(n, free.isEmpty() ? addresses.get(random.nextInt(addresses.size())) : free.remove(0));
            }
            Case c = kase(family, earlier != null, referredOn);
            cases.add(c);
            if (!c.open() && earlier == null) {
                reReferrable.add(c);
            }
        }
        return cases;
    }

    private Family family(Neighbourhood n, long uprn) {
        String surname = SURNAMES[random.nextInt(SURNAMES.length)];
        List<Person> parents = new ArrayList<>();
        // The eldest was born before the oldest referral, so every case has a child to be about.
        LocalDate firstBorn = today.minusDays(DAYS + 120 + random.nextInt(15 * 365));
        parents.add(new Person(PARENTS[random.nextInt(20)], firstBorn.minusYears(20 + random.nextInt(15))));
        if (random.nextInt(3) == 0) {
            parents.add(new Person(PARENTS[20 + random.nextInt(PARENTS.length - 20)], firstBorn.minusYears(22 + random.nextInt(15))));
        }
        List<Person> children = new ArrayList<>();
        int size = 1 + random.nextInt(3);
        Set<String> names = new java.util.HashSet<>();
        for (int i = 0; i < size; i++) {
            String name = CHILDREN[random.nextInt(CHILDREN.length)];
            if (names.add(name)) {
                children.add(new Person(name, firstBorn.plusDays(i * (400L + random.nextInt(900)))));
            }
        }
        children.removeIf(p -> p.dateOfBirth().isAfter(today.minusDays(30)));
        if (children.isEmpty()) {
            children.add(new Person(CHILDREN[random.nextInt(CHILDREN.length)], firstBorn));
        }
        return new Family(++families, surname, n.index(), uprn, parents, children);
    }

    private Case kase(Family family, boolean reReferral, LocalDate referredOn) {
        int worker = random.nextInt(workers);
        boolean stepDown = random.nextInt(100) < 6;
        String referrer = stepDown ? "Children's social care duty team" : REFERRERS[random.nextInt(REFERRERS.length)];
        String reason = stepDown ? "Child in need plan ended; the family wants continued support."
                : REASONS[random.nextInt(REASONS.length)];
        List<Need> needs = needs();
        // The case is about some of the children born by the referral (the eldest always was).
        int born = (int) family.children().stream().filter(p -> p.dateOfBirth().isBefore(referredOn)).count();
        int children = 1 + random.nextInt(born);
        LocalDate consentOn = min(referredOn.plusDays(1 + random.nextInt(6)), today);
        // Due 10 working days after consent (about a fortnight): most on time, about one in seven late.
        boolean inTime = random.nextInt(7) != 0;
        LocalDate due = workingDaysAfter(consentOn, 10);
        LocalDate assessedOn = inTime ? min(consentOn.plusDays(3 + random.nextInt(10)), due) : due.plusDays(4 + random.nextInt(25));
        if (assessedOn.isAfter(today)) {
            return new Case(family, worker, reReferral, stepDown, referrer, reason, needs, children, referredOn, consentOn, null,
                    false, List.of(), List.of(), null, null);
        }
        // One agreed action in the plan, for the first need.
        List<Action> actions = List.of(new Action(0, "Agreed step for \"" + needs.get(0).description().toLowerCase() + "\"",
                assessedOn.plusDays(14 + random.nextInt(45))));
        // Work lasts 11 to 33 weeks from the referral; a case whose end is still to come is open today.
        LocalDate end = referredOn.plusDays(80 + random.nextInt(150));
        boolean open = !end.isBefore(today);
        // About a third of the open cases have let their review slip: nothing recorded in the last 100 days.
        LocalDate lastReviewBy = open ? (random.nextInt(3) == 0 ? today.minusDays(100) : today) : end.minusDays(3);
        List<Review> reviews = new ArrayList<>();
        int score = 3 + random.nextInt(2);
        for (LocalDate r = assessedOn.plusWeeks(6).plusDays(random.nextInt(7) - 3); !r.isAfter(lastReviewBy);
                r = r.plusDays(80 + random.nextInt(12))) {
            boolean improved = random.nextInt(5) != 0;
            score = Math.min(9, improved ? score + 1 + random.nextInt(2) : score);
            reviews.add(new Review(r, improved, score));
        }
        // The first review and the latest are what the figures read (time to first review, a review overdue): the
        // ones between are left out, as each recorded step costs the demo's start time.
        if (reviews.size() > 2) {
            reviews = List.of(reviews.get(0), reviews.get(reviews.size() - 1));
        }
        if (open) {
            return new Case(family, worker, reReferral, stepDown, referrer, reason, needs, children, referredOn, consentOn,
                    assessedOn, inTime, actions, reviews, null, null);
        }
        LocalDate closedOn = reviews.isEmpty() ? max(end, assessedOn.plusDays(1)) : max(end, reviews.get(reviews.size() - 1).heldOn());
        int ending = random.nextInt(100);
        if (ending < 6) {
            StepUp up = new StepUp(closedOn, "MASH-" + closedOn.getYear() % 100 + "-" + (1000 + ++stepUps * 37), min(closedOn.plusDays(2 + random.nextInt(8)), today));
            return new Case(family, worker, reReferral, stepDown, referrer, reason, needs, children, referredOn, consentOn,
                    assessedOn, inTime, actions, reviews, null, up);
        }
        Closure closure = closure(ending, closedOn, needs.size());
        return new Case(family, worker, reReferral, stepDown, referrer, reason, needs, children, referredOn, consentOn,
                assessedOn, inTime, actions, reviews, closure, null);
    }

    /**
     * Mostly needs met (a few with one need only partly met), some finished by a single agency (stepped down to
     * universal services), and a few that did not engage, moved away or were signposted.
     */
    private Closure closure(int ending, LocalDate on, int needs) {
        List<NeedOutcome> outcomes = new ArrayList<>(Collections.nCopies(needs, NeedOutcome.MET));
        if (ending < 64) {
            if (ending >= 56) {
                outcomes.set(needs - 1, NeedOutcome.PARTLY_MET);
            }
            return new Closure(ClosureReason.NEEDS_MET, on, outcomes, "The family's goals were reached and held at the last review.");
        }
        if (ending < 80) {
            for (int i = 0; i < needs; i++) {
                outcomes.set(i, random.nextBoolean() ? NeedOutcome.MET : NeedOutcome.PARTLY_MET);
            }
            return new Closure(ClosureReason.SINGLE_AGENCY, on, outcomes,
                    "Stepped down: the school (or health visitor) carries on the remaining work on its own.");
        }
        if (ending < 90) {
            for (int i = 0; i < needs; i++) {
                outcomes.set(i, random.nextInt(3) == 0 ? NeedOutcome.PARTLY_MET : NeedOutcome.NOT_MET);
            }
            return new Closure(ClosureReason.DECLINED_OR_DID_NOT_ENGAGE, on, outcomes, "Several missed visits; the family stopped taking part.");
        }
        if (ending < 95) {
            for (int i = 0; i < needs; i++) {
                outcomes.set(i, NeedOutcome.PARTLY_MET);
            }
            return new Closure(ClosureReason.MOVED_OUT_OF_AREA, on, outcomes, "The family moved out of the district; their new council was told.");
        }
        for (int i = 0; i < needs; i++) {
            outcomes.set(i, i == 0 ? NeedOutcome.MET : NeedOutcome.PARTLY_MET);
        }
        return new Closure(ClosureReason.SIGNPOSTED, on, outcomes, "Signposted to the food bank's advice service and the school's pastoral team.");
    }

    /** One to four needs, each under a different headline outcome (about four cases in ten name three or more). */
    private List<Need> needs() {
        int roll = random.nextInt(100);
        int count = roll < 22 ? 1 : roll < 58 ? 2 : roll < 86 ? 3 : 4;
        Set<HeadlineOutcome> taken = EnumSet.noneOf(HeadlineOutcome.class);
        List<Need> needs = new ArrayList<>();
        while (needs.size() < count) {
            HeadlineOutcome headline = HEADLINE_WEIGHTS[random.nextInt(HEADLINE_WEIGHTS.length)];
            if (taken.add(headline)) {
                String[] words = NEEDS.get(headline);
                needs.add(new Need(words[random.nextInt(words.length)], headline));
            }
        }
        return needs;
    }

    /** Weekdays only; bank holidays are the service's to count (a day or two here does not change the demo). */
    private static LocalDate workingDaysAfter(LocalDate day, int days) {
        LocalDate d = day;
        for (int i = 0; i < days; ) {
            d = d.plusDays(1);
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                i++;
            }
        }
        return d;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
