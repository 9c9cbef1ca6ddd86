package org.placeworks.organisation;

import java.util.List;

/**
 * Who covers an address: where it sits (neighbourhood, ward, estate, deprivation decile) and, for
 * each strand, the services that deliver it and whose boundary holds the address.
 */
public record AddressCoverage(org.placeworks.geography.AddressView address, String neighbourhoodName, String wardName,
        String estateName, Integer deprivationDecile, List<StrandCoverage> strands) {

    /** One strand at the address: the services that may own its records there (none means nobody covers it). */
    public record StrandCoverage(Strand strand, String label, List<ServiceView> services) {
    }
}
