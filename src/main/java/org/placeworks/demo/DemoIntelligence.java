package org.placeworks.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.placeworks.geography.AddressView;
import org.placeworks.geography.AreaView;
import org.placeworks.geography.Places;
import org.placeworks.identity.ActingAs;
import org.placeworks.identity.Roles;
import org.placeworks.intelligence.NewReport;
import org.placeworks.intelligence.PreferredContact;
import org.placeworks.intelligence.ReportCategory;
import org.placeworks.intelligence.ReportChannel;
import org.placeworks.intelligence.ReportLocation;
import org.placeworks.intelligence.ReportReceipt;
import org.placeworks.intelligence.ReportStatus;
import org.placeworks.intelligence.ReporterDetails;
import org.placeworks.intelligence.Reports;
import org.placeworks.intelligence.Victim;
import org.placeworks.shared.Today;

/**
 * Confidential reports in Thornbury for the {@code intel} officer: new ones waiting, one being looked at,
 * one closed with a note for the reporter, one taken by phone, a couple with contact details, and one from
 * outside our area. Made through the reporting service, as residents and staff make them.
 */
@ApplicationScoped
@io.quarkus.arc.Unremovable // looked up by DemoLoader in its one line, not injected
class DemoIntelligence {

    private static final Logger LOG = Logger.getLogger(DemoIntelligence.class);

    @Inject
    Reports reports;

    @Inject
    Places places;

    @Inject
    ActingAs actingAs;

    @Inject
    Today today;

    void load() {
        LocalDate now = today.date();
        ReportReceipt garages = reports.submitPublic(new NewReport(ReportCategory.ANTI_SOCIAL_BEHAVIOUR,
                "A group of young people gather in the garages behind Orchard Way most evenings. They kick the doors, play loud "
                        + "music until after midnight and shout at people walking past.",
                now.minusDays(3), LocalTime.of(22, 30), ReportLocation.area(area("Westfield"), "The garages behind Orchard Way"),
                Victim.YES, new ReporterDetails("Margaret Ellery", "m.ellery@example.org", null, PreferredContact.EMAIL)));
        ReportReceipt stairwell = reports.submitPublic(new NewReport(ReportCategory.DRUG_DEALING,
                "Cars pull up by the Weir Street stairwell for a few minutes at a time, late at night, and someone comes down to "
                        + "meet them. There are small bags left on the stairs in the morning.",
                now.minusDays(6), null, ReportLocation.address(address("TB1 4BD"), "The stairwell at the end of the block"),
                Victim.NO, null));
        reports.submitPublic(new NewReport(ReportCategory.INTIMIDATION,
                "A neighbour keeps photographing my front door and has told my children he knows where they go to school.",
                now.minusDays(1), null, ReportLocation.area(area("Millbrook Estate"), "Wharf Street"), Victim.YES,
                new ReporterDetails("Daniel Okonjo", null, "07700 900 388", PreferredContact.PHONE)));
        reports.submitPublic(new NewReport(ReportCategory.ENVIRONMENTAL,
                "Someone is dumping builders' rubble in the layby on the old Ludlow road, past the district boundary sign.",
                now.minusDays(2), null, ReportLocation.described("Layby on the old Ludlow road, just outside the district"),
                Victim.NO, null));
        actingAs.run("frontline", Set.of(Roles.FRONTLINE, Roles.LEAD_PROFESSIONAL), () -> reports.submitByStaff(
                new NewReport(ReportCategory.NEGLECT_OR_WELFARE,
                        "A resident rang to say an older man in the flats on Signal Court has not been seen for a week and his "
                                + "post is piling up. She is worried he is not eating.",
                        now.minusDays(2), null, ReportLocation.address(address("TB2 3CG"), null), Victim.NO,
                        new ReporterDetails("Joan Farley", null, "01632 960 214", PreferredContact.PHONE)), ReportChannel.PHONE));
        actingAs.run("intel", Set.of(Roles.INTELLIGENCE_OFFICER), () -> {
            reports.updateStatus(stairwell.reportId(), ReportStatus.UNDER_REVIEW, null, 0L);
            reports.updateStatus(garages.reportId(), ReportStatus.CLOSED,
                    "Thank you. Patrols were increased in the evenings and the garage doors have been repaired and locked.", 0L);
        });
        LOG.info("Loaded the demo confidential reports");
    }

    private UUID area(String name) {
        return places.areas().stream().filter(a -> a.name().equals(name)).map(AreaView::id).findFirst().orElseThrow();
    }

    private UUID address(String postcode) {
        return places.searchAddresses(postcode, 1).stream().map(AddressView::id).findFirst().orElseThrow();
    }
}
