package org.placeworks.intelligence.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.placeworks.geography.AddressView;
import org.placeworks.geography.AreaView;
import org.placeworks.geography.Places;
import org.placeworks.organisation.ServiceView;
import org.placeworks.organisation.Services;
import org.placeworks.organisation.Strand;

/**
 * Where a report's place may be passed on: for each strand, the services that deliver it and whose
 * boundary holds the place (the same boundary rule every record obeys), and the street-level words for
 * the place that go with it (no house number, so a reporter describing their own door is not given away).
 */
@ApplicationScoped
public class Receivers {

    /** The strands a report may go to, in the order offered: police and community safety, housing and estate, early help. */
    public static final List<Strand> STRANDS = List.of(Strand.COMMUNITY_INTELLIGENCE, Strand.ESTATE_SERVICES, Strand.EARLY_INTERVENTION);

    @Inject
    Places places;

    @Inject
    Services services;

    /** A service that may receive the report, for one strand it delivers. */
    public record Candidate(ServiceView service, Strand strand) {
    }

    /** Every service that may receive the report, except the intelligence team that holds it. */
    public List<Candidate> of(IntelReport report) {
        List<Candidate> found = new ArrayList<>();
        if (report.outsideArea()) {
            return found;
        }
        AddressView place = addressLike(report);
        for (Strand strand : STRANDS) {
            List<ServiceView> owners = place != null ? services.ownersFor(strand, place) : estateOwners(strand, report.estateId());
            owners.stream().filter(s -> !s.id().equals(report.owningServiceId())).forEach(s -> found.add(new Candidate(s, strand)));
        }
        return found;
    }

    /** The place as the receiving service reads it: the street and neighbourhood, or the area; never a house number. */
    public String streetLevel(IntelReport report) {
        if (report.addressId() != null) {
            AddressView a = places.address(report.addressId());
            String street = a.line1().replaceFirst("(?i)^\\s*(flat|apartment|unit|no\\.?)?\\s*\\d+[a-z]?(\\s*[-/]\\s*\\d+[a-z]?)?\\s*,?\\s+", "");
            return street + (a.neighbourhoodName() == null ? "" : ", " + a.neighbourhoodName());
        }
        if (report.estateId() != null) {
            return places.findArea(report.estateId()).map(AreaView::name).orElse("The estate");
        }
        if (report.neighbourhoodId() != null) {
            return places.findArea(report.neighbourhoodId()).map(AreaView::name).orElse("The neighbourhood");
        }
        return "Outside our area (see the summary)";
    }

    /** An address, or a place in a neighbourhood (and estate), as the boundary rule reads them; null for an estate alone. */
    private AddressView addressLike(IntelReport report) {
        if (report.addressId() != null) {
            return places.address(report.addressId());
        }
        if (report.neighbourhoodId() == null) {
            return null;
        }
        String name = places.findArea(report.neighbourhoodId()).map(AreaView::name).orElse(null);
        return new AddressView(null, 0, "", null, "", "", report.neighbourhoodId(), name, report.estateId(), null, 0);
    }

    private List<ServiceView> estateOwners(Strand strand, UUID estateId) {
        if (estateId == null) {
            return List.of();
        }
        Set<UUID> estateNeighbourhoods = places.estateNeighbourhoods(estateId);
        return services.services().stream().filter(s -> s.strands().contains(strand))
                .filter(s -> ReportPlaces.holdsEstate(services.coverageOf(s.id()), estateId, estateNeighbourhoods)).toList();
    }
}
