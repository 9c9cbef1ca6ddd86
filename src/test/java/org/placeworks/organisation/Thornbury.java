package org.placeworks.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.placeworks.geography.AddressView;
import org.placeworks.geography.AreaCommand;
import org.placeworks.geography.AreaKind;
import org.placeworks.geography.AreaView;
import org.placeworks.geography.Places;

/** The demo place as tests refer to it: areas, addresses, agencies and services by name. */
@ApplicationScoped
public class Thornbury {

    /** 100090000001 is in Market Place (Northgate ward): inside frontline's boundary, outside frontline2's. */
    public static final long MARKET_PLACE_UPRN = 100090000001L;
    /** 100090000161 is in Riverside (Southbank ward), on the Millbrook Estate: inside both. */
    public static final long RIVERSIDE_UPRN = 100090000161L;

    @Inject
    Places places;

    @Inject
    Services services;

    @Inject
    StaffDirectory staff;

    public AreaView area(String name) {
        return places.areas().stream().filter(a -> a.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("No area " + name));
    }

    /**
     * A neighbourhood of Eastmoor District outside Thornbury, which no service covers: made on first
     * use, since every strand has a town-wide service in Thornbury itself.
     */
    public AreaView uncoveredNeighbourhood() {
        return places.areas().stream().filter(a -> a.name().equals("Eastbrook Green")).findFirst().orElseGet(() -> {
            AreaView village = places.createArea(new AreaCommand(AreaKind.LOCALITY, "E43000999", 2021, "Eastbrook",
                    area("Eastmoor District").id(), null, null, null, null));
            AreaView ward = places.createArea(new AreaCommand(AreaKind.WARD, "E05000999", 2021, "Eastbrook Ward",
                    village.id(), null, null, null, null));
            return places.createArea(new AreaCommand(AreaKind.NEIGHBOURHOOD, "E01000999", 2021, "Eastbrook Green",
                    ward.id(), 6, 900, 150, null));
        });
    }

    public AddressView address(long uprn) {
        return places.addressByUprn(uprn).orElseThrow(() -> new AssertionError("No address " + uprn));
    }

    public ServiceView service(String name) {
        return services.services().stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("No service " + name));
    }

    public UUID agency(String name) {
        return services.agencies().stream().filter(a -> a.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("No agency " + name)).id();
    }

    public StaffView member(String username) {
        return staff.all().stream().filter(m -> m.username().equals(username)).findFirst()
                .orElseThrow(() -> new AssertionError("No member of staff " + username));
    }

    public static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
