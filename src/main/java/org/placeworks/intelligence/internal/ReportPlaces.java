package org.placeworks.intelligence.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.placeworks.geography.AddressView;
import org.placeworks.geography.AreaKind;
import org.placeworks.geography.AreaView;
import org.placeworks.geography.Coverage;
import org.placeworks.geography.Places;
import org.placeworks.intelligence.ReportLocation;
import org.placeworks.intelligence.ReportPlace;
import org.placeworks.organisation.ServiceView;
import org.placeworks.organisation.Services;
import org.placeworks.organisation.Strand;
import org.placeworks.shared.InvalidInput;

/**
 * Where a report is, and which Community Intelligence service's boundary holds it. A place no such
 * boundary holds, or one only described, is kept with no owner: "outside our area", for triage.
 */
@ApplicationScoped
public class ReportPlaces {

    @Inject
    Places places;

    @Inject
    Services services;

    /** A report's place resolved: ids to store, and the owning service (null outside our area). */
    public record Placed(UUID addressId, UUID neighbourhoodId, UUID estateId, String description, UUID owningServiceId) {
    }

    /** Resolves what the reporter gave; an unknown address or an area that is not a neighbourhood or estate is refused on its field. */
    public Placed place(ReportLocation location) {
        String description = location.description() == null || location.description().isBlank() ? null : location.description().strip();
        if (location.addressId() != null) {
            AddressView address = places.findAddress(location.addressId())
                    .orElseThrow(() -> new InvalidInput("addressId", "Select an address from the list"));
            return new Placed(address.id(), address.neighbourhoodId(), address.estateId(), description,
                    owner(services.ownersFor(Strand.COMMUNITY_INTELLIGENCE, address)));
        }
        if (location.areaId() != null) {
            AreaView area = places.findArea(location.areaId()).filter(a -> a.kind() == AreaKind.NEIGHBOURHOOD || a.kind() == AreaKind.ESTATE)
                    .orElseThrow(() -> new InvalidInput("areaId", "Select an area from the list"));
            if (area.kind() == AreaKind.NEIGHBOURHOOD) {
                AddressView described = AddressView.described(description == null ? area.name() : description, area.id(), area.name());
                return new Placed(null, area.id(), null, description, owner(services.ownersFor(Strand.COMMUNITY_INTELLIGENCE, described)));
            }
            Set<UUID> estateNeighbourhoods = places.estateNeighbourhoods(area.id());
            List<ServiceView> owners = services.services().stream()
                    .filter(s -> s.strands().contains(Strand.COMMUNITY_INTELLIGENCE))
                    .filter(s -> holdsEstate(services.coverageOf(s.id()), area.id(), estateNeighbourhoods)).toList();
            return new Placed(null, null, area.id(), description, owner(owners));
        }
        if (description == null) {
            throw new InvalidInput("where", "Tell us where it happened: choose an area, find the address, or describe the place");
        }
        return new Placed(null, null, null, description, null);
    }

    /** Whether ground covers an estate: named in it, or every neighbourhood the estate lies in is. */
    static boolean holdsEstate(Coverage ground, UUID estateId, Set<UUID> estateNeighbourhoods) {
        return ground.everywhere() || ground.estates().contains(estateId)
                || (!estateNeighbourhoods.isEmpty() && ground.neighbourhoods().containsAll(estateNeighbourhoods));
    }

    /** One owner, the same every time when several services could hold the place. */
    private static UUID owner(List<ServiceView> owners) {
        return owners.stream().min(Comparator.comparing(ServiceView::name).thenComparing(ServiceView::id))
                .map(ServiceView::id).orElse(null);
    }

    /** The places of many reports, for a list: addresses in one query, area names from the tree. */
    public Map<UUID, ReportPlace> views(Collection<IntelReport> reports) {
        Set<UUID> addressIds = reports.stream().map(IntelReport::addressId).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        Map<UUID, AddressView> addresses = places.addressesByIds(addressIds);
        Map<UUID, String> areaNames = places.areas().stream().collect(Collectors.toMap(AreaView::id, AreaView::name));
        return reports.stream().collect(Collectors.toMap(IntelReport::id, r -> view(r, addresses::get, areaNames::get)));
    }

    public ReportPlace view(IntelReport r) {
        return views(List.of(r)).get(r.id());
    }

    private static ReportPlace view(IntelReport r, Function<UUID, AddressView> address, Function<UUID, String> areaName) {
        StringBuilder line = new StringBuilder();
        Optional.ofNullable(r.addressId()).map(address).ifPresent(a -> line.append(a.oneLine()));
        if (r.addressId() == null) {
            Optional.ofNullable(r.estateId() != null ? r.estateId() : r.neighbourhoodId()).map(areaName).ifPresent(line::append);
        }
        if (r.placeDescription() != null) {
            line.append(line.isEmpty() ? "" : ": ").append(r.placeDescription());
        }
        return new ReportPlace(r.addressId(), r.neighbourhoodId(), r.estateId(), r.placeDescription(), line.toString(), r.outsideArea());
    }
}
