package org.placeworks.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.placeworks.geography.Places;
import org.placeworks.identity.ActingAs;
import org.placeworks.identity.Roles;
import org.placeworks.intelligence.CaseReviewApplicant;
import org.placeworks.intelligence.CaseReviews;
import org.placeworks.intelligence.NewCaseReview;
import org.placeworks.intelligence.NewReport;
import org.placeworks.intelligence.PreferredContact;
import org.placeworks.intelligence.ReportCategory;
import org.placeworks.intelligence.ReportChannel;
import org.placeworks.intelligence.ReportLocation;
import org.placeworks.intelligence.ReportReceipt;
import org.placeworks.intelligence.ReporterDetails;
import org.placeworks.intelligence.Reports;
import org.placeworks.intelligence.Victim;
import org.placeworks.shared.Today;

/**
 * The Community Trigger in Thornbury for the {@code intel} officer: a house on the Millbrook Estate whose
 * tenant reported anti-social behaviour three times in the last six months (reaching the threshold), her
 * application for an ASB Case Review acknowledged and waiting for its decision, and last year's review
 * about the estate's Wharf Street garages, held with three recommendations and closed. The reports were
 * written down by the officer on the day each came in, as the reporting service records them.
 */
@ApplicationScoped
@io.quarkus.arc.Unremovable // looked up by DemoLoader in its one line, not injected
class DemoCommunityTrigger {

    private static final Logger LOG = Logger.getLogger(DemoCommunityTrigger.class);
    private static final Set<String> OFFICER = Set.of(Roles.INTELLIGENCE_OFFICER);

    @Inject
    Reports reports;

    @Inject
    CaseReviews reviews;

    @Inject
    Places places;

    @Inject
    ActingAs actingAs;

    @Inject
    Today today;

    void load() {
        actingAs.run("intel", OFFICER, () -> {
            openReview();
            lastYearsReview();
        });
        LOG.info("Loaded the demo Community Trigger: a Millbrook Estate house at the threshold, an open case review, last year's review");
    }

    private void openReview() {
        LocalDate now = today.date();
        UUID house = places.searchAddresses("TB2 1AE", 10).stream().filter(a -> a.line1().startsWith("4 ")).findFirst().orElseThrow().id();
        ReporterDetails tenant = new ReporterDetails("Ruth Halloran", "ruth.halloran@example.org", "07700 900 562", PreferredContact.EMAIL);
        List<ReportReceipt> made = new ArrayList<>();
        made.add(phoned(ReportCategory.ANTI_SOCIAL_BEHAVIOUR, "Young men sit on the wall outside my house every night drinking, "
                + "and when I asked them to move on they kicked my door and threw a bottle at the window.", now.minusDays(152),
                now.minusDays(150), ReportLocation.address(house, null), tenant));
        made.add(phoned(ReportCategory.INTIMIDATION, "The same group waited by my gate and followed me to the bus stop, calling me names. "
                + "My daughter is now afraid to walk home from school.", now.minusDays(64), now.minusDays(61),
                ReportLocation.address(house, null), tenant));
        made.add(phoned(ReportCategory.ANTI_SOCIAL_BEHAVIOUR, "Fireworks were pushed through my letterbox late at night. "
                + "Nothing has changed since I first reported this.", now.minusDays(26), now.minusDays(25),
                ReportLocation.address(house, null), tenant));
        LocalDate received = now.minusDays(16);
        UUID review = reviews.record(new NewCaseReview("address:" + house, received, CaseReviewApplicant.VICTIM, null,
                made.get(0).reportId()));
        reviews.acknowledge(review, received.plusDays(6), 0L);
    }

    private void lastYearsReview() {
        int year = today.date().getYear() - 1;
        UUID estate = places.areas().stream().filter(a -> a.name().equals("Millbrook Estate")).findFirst().orElseThrow().id();
        ReporterDetails resident = new ReporterDetails("Colin Maddox", "c.maddox@example.org", null, PreferredContact.EMAIL);
        ReportLocation garages = ReportLocation.area(estate, "The garages on Wharf Street");
        ReportReceipt first = phoned(ReportCategory.DRUG_DEALING, "Cars stop at the Wharf Street garages after dark and people come "
                + "out of the flats to meet them.", LocalDate.of(year, 2, 3), LocalDate.of(year, 2, 5), garages, resident);
        phoned(ReportCategory.ANTI_SOCIAL_BEHAVIOUR, "Garage doors forced open and used as a den; a fire was lit inside one.",
                LocalDate.of(year, 3, 14), LocalDate.of(year, 3, 16), garages, resident);
        phoned(ReportCategory.ANTI_SOCIAL_BEHAVIOUR, "Motorbikes racing round the garages until two in the morning.",
                LocalDate.of(year, 4, 20), LocalDate.of(year, 4, 22), garages, resident);
        UUID review = reviews.record(new NewCaseReview("area:" + estate, LocalDate.of(year, 5, 6), CaseReviewApplicant.ON_BEHALF,
                "Cllr Priya Nandakumar, Riverside ward", first.reportId()));
        reviews.acknowledge(review, LocalDate.of(year, 5, 11), 0L);
        reviews.decide(review, true, "Three qualifying complaints about the Wharf Street garages in three months.",
                LocalDate.of(year, 5, 20), 1L);
        reviews.holdMeeting(review, LocalDate.of(year, 6, 1), "1. Eastmoor Homes to fit new garage doors and lighting.\n"
                + "2. Neighbourhood policing to patrol Wharf Street on Friday and Saturday nights for eight weeks.\n"
                + "3. The community safety officer to tell Mr Maddox of progress every two weeks.", 3, 2L);
        reviews.close(review, LocalDate.of(year, 8, 3), 3L);
    }

    private ReportReceipt phoned(ReportCategory category, String what, LocalDate happened, LocalDate received, ReportLocation where,
            ReporterDetails who) {
        return reports.submitByStaff(new NewReport(category, what, happened, null, where, Victim.YES, who), ReportChannel.PHONE, received);
    }
}
