package org.placeworks.geography.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import org.placeworks.identity.Roles;
import org.placeworks.shared.web.Destination;
import org.placeworks.shared.web.Destinations;

/** The places and addresses pages in the navigation and on the home page, for administrators. */
@ApplicationScoped
public class GeographyDestinations implements Destinations {

    @Override
    public List<Destination> destinations() {
        return List.of(
                new Destination(60, "/admin/areas", "Places", "Places", "Areas, neighbourhoods, estates, their "
                        + "deprivation deciles and boundaries; import from CSV and GeoJSON.", Set.of(Roles.ADMIN)),
                new Destination(70, "/admin/addresses", "Addresses", "Addresses",
                        "Addresses with UPRN and postcode; import from CSV.", Set.of(Roles.ADMIN)));
    }
}
