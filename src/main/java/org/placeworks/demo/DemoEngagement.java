package org.placeworks.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.placeworks.estate.EngagementActionCommand;
import org.placeworks.estate.EngagementActionDone;
import org.placeworks.estate.EngagementCommand;
import org.placeworks.estate.EngagementKind;
import org.placeworks.estate.EngagementPlaceOption;
import org.placeworks.estate.Engagements;
import org.placeworks.identity.ActingAs;
import org.placeworks.identity.Roles;
import org.placeworks.organisation.StaffDirectory;
import org.placeworks.shared.Today;

/**
 * Community engagement on Millbrook Estate, recorded by the Housing Estate Team's estate officer
 * (`estate`): last month's walkabout, with one action done and one now overdue, and this month's
 * residents' meeting with actions still open. Made through the engagement service as `estate` would.
 */
@ApplicationScoped
class DemoEngagement {

    private static final String OFFICER = "estate";
    private static final Set<String> ROLES = Set.of(Roles.ESTATE_OFFICER);

    @Inject
    ActingAs actingAs;

    @Inject
    Engagements engagements;

    @Inject
    StaffDirectory staff;

    @Inject
    Today today;

    void load() {
        actingAs.run(OFFICER, ROLES, () -> {
            UUID service = engagements.servicesToRecordFor().keySet().iterator().next();
            EngagementPlaceOption estate = engagements.places().stream().filter(p -> p.label().equals("Millbrook Estate"))
                    .findFirst().orElseThrow();
            UUID millLane = engagements.places().stream().filter(p -> p.label().equals("Millbrook Estate: Mill Lane"))
                    .findFirst().orElseThrow().id();
            UUID erin = staff.me().orElseThrow().id();

            LocalDate walkabout = today.date().minusMonths(1).withDayOfMonth(12);
            UUID walk = engagements.record(new EngagementCommand(EngagementKind.WALKABOUT, null, walkabout, estate.id(), millLane,
                    "Brook House, the garages and the play area", service, 14,
                    "Housing Estate Team (2), Street Scene Thornbury (1), Neighbourhood Policing (1), a ward councillor",
                    "Residents showed us mattresses dumped behind the Brook House garages and new graffiti in the underpass. "
                            + "The fence by the play area is broken where children cut through to the road.", null));
            UUID mattresses = engagements.addAction(walk, new EngagementActionCommand(
                    "Clear the mattresses dumped behind the Brook House garages", erin, walkabout.plusDays(7)));
            engagements.addAction(walk, new EngagementActionCommand(
                    "Ask Street Scene to remove the graffiti in the underpass and report back to residents", erin,
                    walkabout.plusDays(14)));
            engagements.markDone(walk, mattresses, new EngagementActionDone(0L));

            LocalDate meetingDay = today.date().withDayOfMonth(1);
            UUID meeting = engagements.record(new EngagementCommand(EngagementKind.RESIDENTS_MEETING, null, meetingDay,
                    estate.id(), null, "Community room, Millbrook Court", service, 23,
                    "Housing Estate Team (2), Eastmoor Homes repairs (1), Neighbourhood Policing (1)",
                    "Residents asked for the bin store to be opened earlier and for a clean-up day before the spring. "
                            + "Repairs backlog on the communal doors discussed.", null));
            engagements.addAction(meeting, new EngagementActionCommand(
                    "Write to residents with the new bin store opening times", erin, meetingDay.plusDays(14)));
            engagements.addAction(meeting, new EngagementActionCommand(
                    "Book the community room and skips for a clean-up day", erin, meetingDay.plusDays(21)));
        });
    }
}
