package org.placeworks.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.placeworks.geography.AddressView;
import org.placeworks.geography.AreaView;
import org.placeworks.geography.Places;
import org.placeworks.shared.NotFound;

/**
 * "Who covers this address?" for the signed-in member of staff: only addresses inside their
 * boundary are found (administrators see the whole place), and an address outside it does not
 * exist for them.
 */
@ApplicationScoped
public class CoverageLookup {

    /** How many matches a search shows; a narrower search finds the rest. */
    public static final int MAX_RESULTS = 50;

    /** Matches read before the boundary filter, so that a caller's own addresses are not crowded out. */
    private static final int SCAN = 1000;

    @Inject
    AccessPolicy access;

    @Inject
    Places places;

    @Inject
    Services services;

    /** Addresses matching a postcode, UPRN or street that the caller may see, at most {@link #MAX_RESULTS}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AddressView> search(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return places.searchAddresses(text.strip(), SCAN).stream().filter(access::covers).limit(MAX_RESULTS).toList();
    }

    /** The services covering an address for each strand; 404 when the address is unknown or outside the caller's boundary. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public AddressCoverage at(UUID addressId) {
        AddressView address = access.requireVisible(places.address(addressId));
        AreaView neighbourhood = places.area(address.neighbourhoodId());
        List<AddressCoverage.StrandCoverage> strands = services.coveringServices(address).entrySet().stream()
                .map(e -> new AddressCoverage.StrandCoverage(e.getKey(), e.getKey().label(), e.getValue())).toList();
        return new AddressCoverage(address, neighbourhood.name(), neighbourhood.parentName(), address.estateName(),
                neighbourhood.deprivationDecile(), strands);
    }
}
