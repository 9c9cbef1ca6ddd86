package org.placeworks.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.placeworks.caf.ClosureReason;
import org.placeworks.caf.NeedOutcome;

/** The demo's two years of history as planned, on the demo town's eight neighbourhoods, before anything is recorded. */
class HistoryPlanTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final int TOTAL = 280;

    private static List<HistoryPlan.Neighbourhood> town() {
        List<HistoryPlan.Neighbourhood> town = new ArrayList<>();
        for (int n = 0; n < DemoPlace.NEIGHBOURHOODS.length; n++) {
            town.add(new HistoryPlan.Neighbourhood(n, (Integer) DemoPlace.NEIGHBOURHOODS[n][3], (Integer) DemoPlace.NEIGHBOURHOODS[n][5]));
        }
        return town;
    }

    private static List<HistoryPlan.Case> plan(LocalDate today) {
        List<List<Long>> addresses = new ArrayList<>();
        for (int n = 0; n < DemoPlace.NEIGHBOURHOODS.length; n++) {
            List<Long> houses = new ArrayList<>();
            for (int h = 0; h < DemoPlace.ADDRESSES_PER_NEIGHBOURHOOD; h++) {
                houses.add(DemoPlace.firstUprn(n) + h);
            }
            addresses.add(houses);
        }
        return HistoryPlan.of(today, TOTAL, town(), addresses, 3);
    }

    private static long count(List<HistoryPlan.Case> cases, Predicate<HistoryPlan.Case> which) {
        return cases.stream().filter(which).count();
    }

    @Test
    void everyNeighbourhoodHasCasesAndTheyAddUpToTheTotal() {
        List<HistoryPlan.Case> cases = plan(TODAY);
        assertThat(cases).hasSize(TOTAL);
        Map<Integer, Long> perNeighbourhood = cases.stream().collect(Collectors.groupingBy(c -> c.family().neighbourhood(), Collectors.counting()));
        assertThat(perNeighbourhood).hasSize(8);
        // The least deprived neighbourhood (Castle Hill, decile 9) still has enough for a figure over two years.
        assertThat(perNeighbourhood.values()).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(10));
        // Every family lives in the neighbourhood its case was planned for.
        assertThat(cases).allSatisfy(c -> assertThat(c.family().uprn()).isBetween(DemoPlace.firstUprn(c.family().neighbourhood()),
                DemoPlace.firstUprn(c.family().neighbourhood()) + DemoPlace.ADDRESSES_PER_NEIGHBOURHOOD - 1));
    }

    @Test
    void theMostDeprivedFifthRefersAboutThreeTimesAsManyChildrenAsTheLeastDeprived() {
        List<HistoryPlan.Case> cases = plan(TODAY);
        List<HistoryPlan.Neighbourhood> town = town();
        double most = rate(cases, town, d -> d <= 2);
        double least = rate(cases, town, d -> d >= 8);
        assertThat(most / least).isBetween(2.5, 3.5);
        // And the middle deciles fall between them.
        double middle = rate(cases, town, d -> d > 2 && d < 8);
        assertThat(middle).isBetween(least, most);
    }

    /** Referrals per 1,000 children in the neighbourhoods whose decile passes. */
    private static double rate(List<HistoryPlan.Case> cases, List<HistoryPlan.Neighbourhood> town, Predicate<Integer> decile) {
        Set<Integer> which = town.stream().filter(n -> decile.test(n.decile())).map(HistoryPlan.Neighbourhood::index).collect(Collectors.toSet());
        long children = town.stream().filter(n -> which.contains(n.index())).mapToLong(HistoryPlan.Neighbourhood::children).sum();
        return 1000.0 * count(cases, c -> which.contains(c.family().neighbourhood())) / children;
    }

    @Test
    void aboutFourInFiveHaveClosedMostlyWithNeedsMetAndTheRestAreOpen() {
        List<HistoryPlan.Case> cases = plan(TODAY);
        double closed = (double) count(cases, c -> !c.open()) / TOTAL;
        assertThat(closed).isBetween(0.72, 0.88);
        long needsMet = count(cases, c -> c.closure() != null && c.closure().reason() == ClosureReason.NEEDS_MET);
        assertThat((double) needsMet / count(cases, c -> !c.open())).isBetween(0.5, 0.75);
        assertThat(count(cases, c -> c.closure() != null && c.closure().outcomes().contains(NeedOutcome.NOT_MET))).isPositive();
        assertThat(count(cases, c -> c.closure() != null && c.closure().outcomes().contains(NeedOutcome.PARTLY_MET))).isPositive();
        assertThat(count(cases, c -> c.stepUp() != null)).isBetween(5L, 25L);
        assertThat(count(cases, HistoryPlan.Case::stepDown)).isBetween(5L, 30L);
        assertThat(count(cases, c -> c.closure() != null && c.closure().reason() == ClosureReason.SINGLE_AGENCY)).isPositive();
        // Some open cases have let a review slip: none in the last 100 days though the first was due.
        assertThat(count(cases, c -> c.open() && c.assessedOn() != null && c.assessedOn().plusWeeks(7).isBefore(TODAY.minusDays(100))
                && c.reviews().stream().noneMatch(r -> r.heldOn().isAfter(TODAY.minusDays(100))))).isPositive();
    }

    @Test
    void assessmentsAreMostlyInTimeAndNeedsSpanOneToFourHeadlineOutcomes() {
        List<HistoryPlan.Case> cases = plan(TODAY);
        long assessed = count(cases, c -> c.assessedOn() != null);
        double inTime = (double) count(cases, c -> c.assessedOn() != null && c.assessedInTime()) / assessed;
        assertThat(inTime).isBetween(0.75, 0.95);
        assertThat(cases).allSatisfy(c -> {
            assertThat(c.needs()).hasSizeBetween(1, 4);
            assertThat(c.needs().stream().map(HistoryPlan.Need::headline).distinct().count()).isEqualTo(c.needs().size());
        });
        assertThat((double) count(cases, c -> c.needs().size() >= 3) / TOTAL).isBetween(0.25, 0.55);
    }

    @Test
    void someFamiliesComeBackWithinAYearOfTheirCaseClosing() {
        List<HistoryPlan.Case> cases = plan(TODAY);
        List<HistoryPlan.Case> back = cases.stream().filter(HistoryPlan.Case::reReferral).toList();
        assertThat(back).hasSizeBetween(5, 40);
        for (HistoryPlan.Case again : back) {
            HistoryPlan.Case before = cases.stream().filter(c -> c.family() == again.family() && c != again && !c.open())
                    .max(Comparator.comparing(HistoryPlan.Case::referredOn)).orElseThrow();
            assertThat(before.endedOn()).isBefore(again.referredOn()).isAfterOrEqualTo(again.referredOn().minusMonths(12));
        }
    }

    @Test
    void everyDateIsInTheLastTwoYearsInOrderAndNeverInTheFuture() {
        assertThat(plan(TODAY)).allSatisfy(c -> {
            assertThat(c.referredOn()).isAfterOrEqualTo(TODAY.minusDays(HistoryPlan.DAYS)).isBeforeOrEqualTo(TODAY);
            assertThat(c.consentOn()).isAfterOrEqualTo(c.referredOn()).isBeforeOrEqualTo(TODAY);
            if (c.assessedOn() != null) {
                assertThat(c.assessedOn()).isAfterOrEqualTo(c.consentOn()).isBeforeOrEqualTo(TODAY);
                LocalDate last = c.assessedOn();
                for (HistoryPlan.Review r : c.reviews()) {
                    assertThat(r.heldOn()).isAfter(last).isBeforeOrEqualTo(TODAY);
                    last = r.heldOn();
                }
                if (c.endedOn() != null) {
                    assertThat(c.endedOn()).isAfterOrEqualTo(last).isBeforeOrEqualTo(TODAY);
                }
            } else {
                assertThat(c.open()).isTrue();
            }
            assertThat(c.children()).isBetween(1, c.family().children().size());
            // The children the case is about were born by the referral.
            assertThat(c.family().children().subList(0, c.children()))
                    .allSatisfy(child -> assertThat(child.dateOfBirth()).isBefore(c.referredOn()));
        });
    }

    @Test
    void theSameDayGivesTheSameHistoryAndItMovesWithTheClock() {
        assertThat(plan(TODAY)).isEqualTo(plan(TODAY));
        LocalDate later = TODAY.plusMonths(7);
        List<LocalDate> referred = plan(later).stream().map(HistoryPlan.Case::referredOn).toList();
        assertThat(referred).allSatisfy(d -> assertThat(d).isAfterOrEqualTo(later.minusDays(HistoryPlan.DAYS)).isBeforeOrEqualTo(later));
        // Spread over the months, not bunched: every one of the 24 months has referrals.
        assertThat(referred.stream().map(java.time.YearMonth::from).collect(Collectors.toSet())).hasSizeGreaterThanOrEqualTo(24);
        assertThat(new HashSet<>(referred)).hasSizeGreaterThan(150);
    }
}
