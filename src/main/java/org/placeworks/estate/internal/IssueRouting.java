package org.placeworks.estate.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.placeworks.estate.EstateCategory;
import org.placeworks.estate.IssueLocation;
import org.placeworks.geography.AddressView;
import org.placeworks.geography.AreaKind;
import org.placeworks.geography.AreaView;
import org.placeworks.geography.Places;
import org.placeworks.organisation.ServiceView;
import org.placeworks.organisation.Services;
import org.placeworks.organisation.Strand;
import org.placeworks.organisation.StrandDeliveryView;
import org.placeworks.shared.InvalidInput;
import org.placeworks.shared.OutsideBoundary;
import org.placeworks.shared.Text;

/**
 * The one routing rule for estate issues. The location resolves to a place (an address, or a described
 * place in its neighbourhood and estate) that must lie in an estate where Estate Services runs; the owner
 * is the category's responsible service when its boundary holds the place, else the first other Estate
 * Services service whose boundary does (the history says why), else the report is refused.
 */
@ApplicationScoped
public class IssueRouting {

    /** A house or flat number at the start of an address line: "12 ", "12a ", "Flat 3, ", "10-12 ". */
    private static final Pattern HOUSE_NUMBER = Pattern.compile(
            "^\\s*(?:(?:flat|apartment|unit|no\\.?)\\s*)?\\d+[a-z]?(?:\\s*[-/]\\s*\\d+[a-z]?)?\\s*,?\\s+", Pattern.CASE_INSENSITIVE);

    @Inject
    Places places;

    @Inject
    Services services;

    /** Where the issue is and who owns it; {@code why} explains an owner other than the category's responsible service. */
    public record Route(AddressView place, String publicPlace, ServiceView owner, String why) {
    }

    public Route route(EstateCategory category, IssueLocation location, UUID responsibleServiceId) {
        AddressView place = resolve(location);
        if (place.estateId() == null || !estateServicesRunIn(place.estateId())) {
            throw new OutsideBoundary(location.addressId() != null ? "addressId" : "neighbourhoodId",
                    placeName(place) + " is not inside an estate served by Estate Services.");
        }
        List<ServiceView> owners = services.ownersFor(Strand.ESTATE_SERVICES, place);
        if (owners.isEmpty()) {
            throw new OutsideBoundary(location.addressId() != null ? "addressId" : "neighbourhoodId",
                    placeName(place) + " is not inside an estate served by Estate Services: no Estate Services service's"
                            + " boundary holds it.");
        }
        Optional<ServiceView> responsible = owners.stream().filter(s -> s.id().equals(responsibleServiceId)).findFirst();
        if (responsible.isPresent()) {
            return new Route(place, publicPlace(place), responsible.get(), null);
        }
        ServiceView owner = owners.get(0);
        String why;
        if (responsibleServiceId == null) {
            why = "No service is responsible for " + category.label().toLowerCase() + ", so it went to " + owner.name()
                    + ", which covers this place.";
        } else {
            String name = services.findService(responsibleServiceId).map(ServiceView::name).orElse("The responsible service");
            why = name + " is responsible for " + category.label().toLowerCase() + " but does not cover this place, so it went to "
                    + owner.name() + ".";
        }
        return new Route(place, publicPlace(place), owner, why);
    }

    /** The place of an issue: an address from the register, or a described place with its neighbourhood and estate. */
    public AddressView resolve(IssueLocation location) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (location == null) {
            throw new InvalidInput("addressId", "Choose an address or describe the place");
        }
        checkCoordinates(location, problems);
        if (location.addressId() != null) {
            if (!problems.isEmpty()) {
                throw new InvalidInput(problems);
            }
            return places.findAddress(location.addressId())
                    .orElseThrow(() -> new InvalidInput("addressId", "Choose an address from the list"));
        }
        String description = location.description() == null ? "" : location.description().strip();
        if (description.isEmpty()) {
            problems.put("placeDescription", "Choose an address or describe the place");
        } else {
            Text.problem("Description of the place", description, Text.SHORT).ifPresent(p -> problems.put("placeDescription", p));
        }
        Optional<AreaView> neighbourhood = Optional.ofNullable(location.neighbourhoodId()).flatMap(places::findArea)
                .filter(a -> a.kind() == AreaKind.NEIGHBOURHOOD);
        if (neighbourhood.isEmpty()) {
            problems.put("neighbourhoodId", "Select the neighbourhood the place is in");
        }
        Optional<AreaView> estate = Optional.ofNullable(location.estateId()).flatMap(places::findArea)
                .filter(a -> a.kind() == AreaKind.ESTATE);
        if (location.estateId() != null && estate.isEmpty()) {
            problems.put("estateId", "Select an estate from the list");
        }
        if (estate.isPresent() && neighbourhood.isPresent()
                && !places.estateNeighbourhoods(estate.get().id()).contains(neighbourhood.get().id())) {
            problems.put("neighbourhoodId", neighbourhood.get().name() + " is not part of " + estate.get().name());
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new AddressView(null, 0, description, null, "", "", neighbourhood.get().id(), neighbourhood.get().name(),
                estate.map(AreaView::id).orElse(null), estate.map(AreaView::name).orElse(null), 0);
    }

    private static void checkCoordinates(IssueLocation location, Map<String, String> problems) {
        if ((location.latitude() == null) != (location.longitude() == null)) {
            problems.put(location.latitude() == null ? "latitude" : "longitude", "Give both latitude and longitude, or neither");
        }
        if (location.latitude() != null && (location.latitude().isNaN() || Math.abs(location.latitude()) > 90)) {
            problems.put("latitude", "Latitude must be between -90 and 90");
        }
        if (location.longitude() != null && (location.longitude().isNaN() || Math.abs(location.longitude()) > 180)) {
            problems.put("longitude", "Longitude must be between -180 and 180");
        }
    }

    /** Whether Estate Services is delivered in the estate (in the estate itself, or in an area that holds it). */
    boolean estateServicesRunIn(UUID estateId) {
        List<UUID> deliveredIn = services.deliveries().stream().filter(d -> d.strand() == Strand.ESTATE_SERVICES)
                .map(StrandDeliveryView::areaId).toList();
        UUID area = estateId;
        for (int depth = 0; area != null && depth < 10; depth++) {
            if (deliveredIn.contains(area)) {
                return true;
            }
            area = places.findArea(area).map(AreaView::parentId).orElse(null);
        }
        return false;
    }

    /** The place as the public may see it: for an address the street and postcode district, never the house number. */
    public static String publicPlace(AddressView place) {
        if (!place.hasUprn()) {
            return place.estateName() == null ? place.line1() : place.line1() + ", " + place.estateName();
        }
        String street = HOUSE_NUMBER.matcher(place.line1()).replaceFirst("");
        street = HOUSE_NUMBER.matcher(street).replaceFirst("");
        String postcode = place.postcode() == null ? "" : place.postcode().strip();
        String district = postcode.contains(" ") ? postcode.substring(0, postcode.indexOf(' ')) : postcode;
        return district.isEmpty() ? street : street + ", " + district;
    }

    private static String placeName(AddressView place) {
        return place.hasUprn() ? place.oneLine() : "The place described";
    }
}
