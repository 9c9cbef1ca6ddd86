package org.placeworks.bench.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.placeworks.bench.generate.Ids.Kind;

/**
 * What the synthetic council holds, decided from the seed. The geography and the workforce are drawn once
 * from {@code new Random(seed)}; each family (its people and its cases) from a Random of its own derived from
 * the seed and its number, so that a table's pass can replay the families in order without holding them:
 * every pass sees the same families, the same cases and the same worker for each case.
 */
final class CouncilPlan {

    static final String[] HEADLINES = {"EDUCATION", "EARLY_YEARS", "HEALTH", "SUBSTANCE_USE", "FAMILY_RELATIONSHIPS",
        "SAFE_FROM_ABUSE", "CRIME_PREVENTION", "DOMESTIC_ABUSE", "HOUSING", "FINANCIAL_STABILITY"};
    static final String[] NEED_TEXT = {"School attendance below 80% this term", "Speech and language behind for age",
        "Missed health appointments and immunisations", "A parent's alcohol use affects the home",
        "Arguments at home; the children are unsettled", "Worries about supervision of the younger children",
        "Older child stopped by police twice, on the edge of offending", "A history of domestic abuse; the parent wants support",
        "Overcrowded flat with damp; at risk of eviction", "Rent arrears and no money for food by the end of the month"};
    static final String[] GIVEN = {"Amelia", "Olivia", "Isla", "Ava", "Mia", "Ivy", "Lily", "Freya", "Grace", "Evie", "Noah",
        "Oliver", "George", "Arthur", "Leo", "Harry", "Oscar", "Jack", "Theo", "Charlie", "Aisha", "Zainab", "Mohammed", "Yusuf",
        "Kacper", "Zofia", "Tomasz", "Chloe", "Ruby", "Jacob", "Ellie", "Alfie", "Sophie", "Daniel", "Sienna", "Reuben"};
    static final String[] SURNAMES = {"Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Patel",
        "Robinson", "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Thomas", "Clarke", "Jackson",
        "Wood", "Harris", "Edwards", "Turner", "Martin", "Cooper", "Hill", "Ward", "Hughes", "Moore", "Clark", "King", "Harrison",
        "Lewis", "Baker", "Lee", "Allen", "Morris", "Khan", "Scott", "Watson", "Davis", "Parker", "James", "Bennett", "Young",
        "Phillips", "Richardson", "Mitchell", "Bailey", "Carter", "Cook", "Singh", "Shaw", "Bell", "Collins", "Morgan", "Kelly",
        "Begum", "Nowak", "Kowalski", "Ahmed", "Hussain", "Ali", "Murphy", "Price", "Adams", "Fletcher", "Marsh"};
    static final String[] PLACE_FIRST = {"Ash", "Beech", "Brook", "Cherry", "Elm", "Fern", "Glen", "Hazel", "Holly", "Kings",
        "Lark", "Linden", "Maple", "Moor", "Oak", "Pine", "Queens", "Rowan", "Stone", "Thorn", "Willow", "Yew", "Heath", "Mead"};
    static final String[] PLACE_SECOND = {"field", "ley", "ford", "wood", "gate", "bridge", "hurst", "well", "worth", "combe",
        "dale", "stead", "holme", "side", "croft"};
    static final String[] STREET_KIND = {"Road", "Street", "Close", "Avenue", "Lane", "Way", "Court", "Grove"};

    /** Closed cases the demo frontline user leads (plus up to {@link #FRONTLINE_OPEN} open ones). */
    static final int FRONTLINE_CLOSED = 300;
    static final int FRONTLINE_OPEN = 32;
    /** Open cases each synthetic worker leads, about. */
    static final int OPEN_PER_WORKER = 30;

    final Size size;
    final long seed;
    final LocalDate today;
    final LocalDate windowStart;
    final Ids ids;
    final int[] deciles;
    final int[] childPopulation;
    final String[] neighbourhoodNames;
    /** Cumulative weights for choosing a family's neighbourhood: more families where deprivation is higher. */
    private final double[] cumulative;
    final int workers;
    final double openShare;
    final long closedEvery;
    final LocalDate[] meetings;

    CouncilPlan(Size size, long seed, LocalDate today) {
        this.size = size;
        this.seed = seed;
        this.today = today;
        this.windowStart = today.minusYears(5);
        this.ids = new Ids(seed);
        Random random = new Random(seed);
        int n = size.neighbourhoods;
        deciles = new int[n];
        childPopulation = new int[n];
        neighbourhoodNames = new String[n];
        cumulative = new double[n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            deciles[i] = 1 + random.nextInt(10);
            childPopulation[i] = 250 + random.nextInt(300) + (10 - deciles[i]) * 20;
            neighbourhoodNames[i] = PLACE_FIRST[i % PLACE_FIRST.length] + PLACE_SECOND[(i / PLACE_FIRST.length) % PLACE_SECOND.length]
                    + (i >= PLACE_FIRST.length * PLACE_SECOND.length ? " " + (i / (PLACE_FIRST.length * PLACE_SECOND.length) + 1) : "");
            total += 11 - deciles[i];
            cumulative[i] = total;
        }
        for (int i = 0; i < n; i++) {
            cumulative[i] /= total;
        }
        double casesPerFamily = size.families == 0 ? 0 : (double) size.cases / size.families;
        // About 5% of cases open: a family's latest case is open with this chance.
        openShare = Math.min(1.0, 0.05 * casesPerFamily);
        int expectedOpen = (int) Math.round(size.families * openShare);
        workers = Math.max(2, (int) Math.ceil(Math.max(0, expectedOpen - FRONTLINE_OPEN) / (double) OPEN_PER_WORKER));
        closedEvery = Math.max(1, Math.round(size.cases * 0.95 / FRONTLINE_CLOSED));
        meetings = new LocalDate[size.meetings];
        LocalDate month = today.withDayOfMonth(1);
        for (int m = size.meetings - 1; m >= 0; m--) {
            LocalDate date = secondWednesday(month);
            if (!date.isBefore(today)) {
                month = month.minusMonths(1);
                date = secondWednesday(month);
            }
            meetings[m] = date;
            month = month.minusMonths(1);
        }
    }

    private static LocalDate secondWednesday(LocalDate month) {
        LocalDate d = month.withDayOfMonth(1);
        while (d.getDayOfWeek() != java.time.DayOfWeek.WEDNESDAY) {
            d = d.plusDays(1);
        }
        return d.plusDays(7);
    }

    /** The first meeting on or after a date, or -1. */
    int meetingOnOrAfter(LocalDate date) {
        for (int m = 0; m < meetings.length; m++) {
            if (!meetings[m].isBefore(date)) {
                return m;
            }
        }
        return -1;
    }

    int neighbourhoodFor(double u) {
        for (int i = 0; i < cumulative.length; i++) {
            if (u <= cumulative[i]) {
                return i;
            }
        }
        return cumulative.length - 1;
    }

    /** The estate a neighbourhood's estate houses belong to (estate e straddles neighbourhoods 3e and 3e+1), or -1. */
    int estateOf(int neighbourhood) {
        int e = neighbourhood / 3;
        return neighbourhood % 3 < 2 && e < size.estates() ? e : -1;
    }

    // --- Families and cases, replayed per pass ---------------------------------------------------------------

    static final class Person {
        UUID id;
        String given;
        String surname;
        LocalDate born;
        boolean child;
        String sex;
    }

    static final class Need {
        UUID id;
        int headline;
        int baseline;
        int current;
        String outcome;
        UUID childId;
    }

    static final class Case {
        long index;
        long number;
        UUID id;
        LocalDate referred;
        String status;
        String decision;
        LocalDate consentOn;
        LocalDate assessedOn;
        LocalDate closedOn;
        String closureReason;
        /** -1 for the demo frontline user, else a synthetic worker's number; -2 for none (declined or signposted). */
        int worker;
        int teamWorker;
        UUID previousCaseId;
        int children;
        int referrer;
        final List<Need> needs = new ArrayList<>();
        final List<LocalDate> reviews = new ArrayList<>();

        boolean open() {
            return !"CLOSED".equals(status);
        }

        boolean accepted() {
            return "ACCEPTED".equals(decision);
        }
    }

    static final class Family {
        int index;
        UUID id;
        String surname;
        int neighbourhood;
        int estate;
        LocalDate registered;
        final List<Person> parents = new ArrayList<>();
        final List<Person> children = new ArrayList<>();
        final List<Case> cases = new ArrayList<>();
    }

    /** A fresh walk over the families, in order, with the counters that place cases with workers. */
    Walk walk() {
        return new Walk();
    }

    final class Walk {
        private int next;
        private long caseIndex;
        private long openCount;
        private long closedCount;

        boolean hasNext() {
            return next < size.families;
        }

        Family next() {
            return family(next++);
        }

        private Family family(int f) {
            Random r = new Random(seed * 0x9E3779B97F4A7C15L + f);
            Family family = new Family();
            family.index = f;
            family.id = ids.of(Kind.FAMILY, f);
            family.surname = SURNAMES[r.nextInt(SURNAMES.length)];
            family.neighbourhood = neighbourhoodFor(r.nextDouble());
            family.estate = f % 4 == 0 ? estateOf(family.neighbourhood) : -1;
            int parents = r.nextInt(10) < 7 ? 1 : 2;
            int children = 1 + (r.nextInt(10) < 8 ? 0 : 1 + r.nextInt(2));
            int p = 0;
            for (int i = 0; i < parents; i++) {
                Person person = new Person();
                person.id = ids.of(Kind.PERSON, (long) f * 8 + p++);
                person.given = GIVEN[r.nextInt(GIVEN.length)];
                person.surname = family.surname;
                person.born = windowStart.minusDays(365L * 20 + r.nextInt(365 * 20));
                person.sex = i == 0 ? "FEMALE" : "MALE";
                family.parents.add(person);
            }
            for (int i = 0; i < children; i++) {
                Person person = new Person();
                person.id = ids.of(Kind.PERSON, (long) f * 8 + p++);
                person.given = GIVEN[r.nextInt(GIVEN.length)];
                person.surname = family.surname;
                person.born = windowStart.minusDays(30 + r.nextInt(365 * 12));
                person.child = true;
                person.sex = r.nextBoolean() ? "FEMALE" : "MALE";
                family.children.add(person);
            }
            double perFamily = (double) size.cases / size.families;
            int k = Math.max(1, (int) Math.round(perFamily * (0.25 + 1.5 * r.nextDouble())));
            boolean latestOpen = f == 0 || r.nextDouble() < openShare;
            long window = java.time.temporal.ChronoUnit.DAYS.between(windowStart, today);
            long slot = window / k;
            Case previous = null;
            for (int j = 0; j < k; j++) {
                Case c = new Case();
                c.index = caseIndex++;
                c.id = ids.of(Kind.CASE, c.index);
                c.referrer = r.nextInt(REFERRERS.length);
                c.children = 1 + r.nextInt(family.children.size());
                boolean open = latestOpen && j == k - 1;
                LocalDate slotStart = windowStart.plusDays(j * slot);
                if (open) {
                    LocalDate earliest = previous == null ? windowStart : previous.closedOn.plusDays(20);
                    LocalDate wanted = today.minusDays(1 + r.nextInt(300));
                    c.referred = wanted.isBefore(earliest) ? earliest : wanted;
                    if (!c.referred.isBefore(today)) {
                        c.referred = today.minusDays(1);
                    }
                } else {
                    c.referred = slotStart.plusDays(r.nextInt((int) Math.max(1, slot / 3)));
                }
                if (previous != null && previous.closedOn != null && !c.referred.isAfter(previous.closedOn)) {
                    c.referred = previous.closedOn.plusDays(1);
                }
                LocalDate latestClose = j == k - 1 ? today.minusDays(1) : windowStart.plusDays((j + 1) * slot - 1);
                planCase(c, family, r, open, latestClose);
                if (previous != null && previous.closedOn != null
                        && java.time.temporal.ChronoUnit.DAYS.between(previous.closedOn, c.referred) <= 365) {
                    c.previousCaseId = previous.id;
                }
                family.cases.add(c);
                previous = c;
            }
            family.registered = family.cases.get(0).referred;
            return family;
        }

        private void planCase(Case c, Family family, Random r, boolean open, LocalDate latestClose) {
            int needs = 1 + r.nextInt(3);
            double kind = r.nextDouble();
            if (!open && kind < 0.04) {
                c.decision = "DECLINED";
                c.status = "CLOSED";
                c.closureReason = "REFERRAL_DECLINED";
                c.closedOn = min(c.referred.plusDays(2), latestClose);
                c.worker = -2;
            } else if (!open && kind < 0.08) {
                c.decision = "SIGNPOSTED";
                c.status = "CLOSED";
                c.closureReason = "SIGNPOSTED";
                c.closedOn = min(c.referred.plusDays(2), latestClose);
                c.worker = -2;
            } else {
                c.decision = "ACCEPTED";
                if (open) {
                    // Dealt round the workers, so each holds about OPEN_PER_WORKER whatever the draw gave.
                    c.worker = openCount < FRONTLINE_OPEN ? -1 : (int) ((openCount - FRONTLINE_OPEN) % workers);
                    openCount++;
                } else {
                    c.worker = closedCount % closedEvery == 0 ? -1 : (int) (closedCount % workers);
                    closedCount++;
                }
                c.teamWorker = (c.worker + 1 + r.nextInt(workers - 1)) % workers;
                if (c.teamWorker == c.worker) {
                    c.teamWorker = (c.worker + 1) % workers;
                }
                long age = java.time.temporal.ChronoUnit.DAYS.between(c.referred, today);
                boolean engaged = open || kind > 0.12;
                if (open && age < 10) {
                    c.status = "AWAITING_CONSENT";
                } else {
                    c.consentOn = c.referred.plusDays(2 + r.nextInt(Math.max(1, (int) Math.min(8, age - 1))));
                    if (!engaged) {
                        c.status = "CLOSED";
                        c.consentOn = null;
                        c.closureReason = "DECLINED_OR_DID_NOT_ENGAGE";
                        c.closedOn = min(c.referred.plusDays(20 + r.nextInt(20)), latestClose);
                    } else if (open && age < 45) {
                        c.status = "ASSESSMENT";
                    } else {
                        c.assessedOn = c.consentOn.plusDays(10 + r.nextInt(25));
                        if (open) {
                            c.status = "ACTIVE_PLAN";
                        } else {
                            c.status = "CLOSED";
                            LocalDate close = c.assessedOn.plusDays(40 + r.nextInt(260));
                            c.closedOn = min(close, latestClose);
                            if (!c.closedOn.isAfter(c.assessedOn)) {
                                c.assessedOn = c.consentOn;
                                c.closedOn = c.assessedOn.plusDays(1).isAfter(latestClose) ? c.assessedOn : c.assessedOn.plusDays(1);
                            }
                            double why = r.nextDouble();
                            c.closureReason = why < 0.70 ? "NEEDS_MET" : why < 0.80 ? "SINGLE_AGENCY" : why < 0.88 ? "STEPPED_UP"
                                    : why < 0.93 ? "CONSENT_WITHDRAWN" : "MOVED_OUT_OF_AREA";
                        }
                        LocalDate end = c.open() ? today : c.closedOn;
                        for (LocalDate d = c.assessedOn.plusDays(42); d.isBefore(end) && c.reviews.size() < 40; d = d.plusDays(42)) {
                            c.reviews.add(d);
                        }
                    }
                }
            }
            if (c.closedOn != null && c.closedOn.isBefore(c.referred)) {
                c.closedOn = c.referred;
            }
            for (int i = 0; i < needs; i++) {
                Need n = new Need();
                n.id = ids.of(Kind.NEED, c.index * 4 + i);
                n.headline = r.nextInt(HEADLINES.length);
                n.childId = family.children.get(r.nextInt(c.children)).id;
                if (c.assessedOn != null) {
                    n.baseline = 2 + r.nextInt(4);
                    int gain = "NEEDS_MET".equals(c.closureReason) ? 3 + r.nextInt(3) : r.nextInt(3);
                    n.current = Math.min(10, n.baseline + Math.min(gain, c.reviews.size() + (c.open() ? 0 : 1)));
                    if (!c.open()) {
                        n.outcome = "NEEDS_MET".equals(c.closureReason) ? (r.nextInt(5) == 0 ? "PARTLY_MET" : "MET")
                                : r.nextBoolean() ? "PARTLY_MET" : "NOT_MET";
                    }
                }
                c.needs.add(n);
            }
        }
    }

    static final String[][] REFERRERS = {
        {"Thornbury Primary School", "Designated safeguarding lead"},
        {"Thornbury Academy", "Head of year"},
        {"Eastmoor Community Health NHS Trust", "Health visitor"},
        {"Eastmoor Homes", "Tenancy officer"},
        {"Shire Constabulary", "Police community support officer"},
        {"Thornbury Children's Centre", "Family outreach worker"},
    };

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
