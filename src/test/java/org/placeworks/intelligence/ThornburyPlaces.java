package org.placeworks.intelligence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.UUID;
import org.placeworks.geography.AreaView;
import org.placeworks.geography.Places;
import org.placeworks.organisation.ServiceView;
import org.placeworks.organisation.Services;
import org.placeworks.organisation.StaffDirectory;

/**
 * The demo town's places and people as the report tests need them, found by name. The north officer is an
 * intelligence officer in Neighbourhood Policing Thornbury North, whose ground is Northgate ward and Riverside.
 */
@ApplicationScoped
public class ThornburyPlaces {

    public static final String NORTH_OFFICER = "ci-north-officer";

    @Inject
    Places places;

    @Inject
    Services services;

    @Inject
    StaffDirectory staff;

    public UUID area(String name) {
        return places.areas().stream().filter(a -> a.name().equals(name)).map(AreaView::id).findFirst().orElseThrow();
    }

    public UUID service(String name) {
        return services.services().stream().filter(s -> s.name().equals(name)).map(ServiceView::id).findFirst().orElseThrow();
    }

    /** An address in the neighbourhood, e.g. one on the Millbrook Estate in Mill Lane. */
    public UUID address(String postcode) {
        return places.searchAddresses(postcode, 1).get(0).id();
    }

    /** The house with that number in the postcode, e.g. 7 in TB2 4BH. */
    public UUID house(String postcode, int number) {
        return places.searchAddresses(postcode, 10).stream().filter(a -> a.line1().startsWith(number + " ")).findFirst().orElseThrow().id();
    }

    public void northOfficer() {
        UUID police = services.agencies().stream().filter(a -> a.name().equals("Shire Constabulary")).findFirst().orElseThrow().id();
        staff.register(NORTH_OFFICER, "Nora", "Fenwick", NORTH_OFFICER + "@eastmoor.example", "Police intelligence officer", police,
                Set.of(service("Neighbourhood Policing Thornbury North")));
    }

    @Inject
    org.placeworks.shared.Today today;

    /** A report of anti-social behaviour two days ago, which happened to the reporter. */
    public NewReport report(String whatHappened, ReportLocation where, ReporterDetails who) {
        return new NewReport(ReportCategory.ANTI_SOCIAL_BEHAVIOUR, whatHappened, today.date().minusDays(2), null, where, Victim.YES, who);
    }
}
