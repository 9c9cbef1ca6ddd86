package org.placeworks.geography.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.placeworks.geography.AddressCommand;
import org.placeworks.geography.AreaCommand;
import org.placeworks.geography.AreaKind;
import org.placeworks.geography.Postcode;
import org.placeworks.geography.Uprn;
import org.placeworks.shared.InvalidInput;

/** The rules an area or address must meet before it is saved; every problem is named by its field. */
@ApplicationScoped
public class PlaceRules {

    private static final String ONS_CODE = "[A-Z][0-9]{8}";
    private static final Set<String> BOUNDARY_TYPES = Set.of("Polygon", "MultiPolygon");

    @Inject
    AreaRepository areas;

    @Inject
    AddressRepository addresses;

    @Inject
    ObjectMapper json;

    public Area newArea(AreaCommand command) {
        Map<String, String> problems = areaProblems(command, null);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Area area = new Area(command.kind());
        apply(area, command);
        return area;
    }

    public void change(Area area, AreaCommand command) {
        Map<String, String> problems = areaProblems(command, area);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        apply(area, command);
    }

    public Map<String, String> areaProblems(AreaCommand c, Area existing) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (c.kind() == null) {
            problems.put("kind", "Select the kind of area");
        } else if (existing != null && existing.kind != c.kind()) {
            problems.put("kind", "The kind of an area cannot change; create a new area instead");
        }
        String code = trim(c.code()).toUpperCase();
        if (code.isEmpty()) {
            problems.put("code", "Enter the area's ONS code");
        } else if (!code.matches(ONS_CODE)) {
            problems.put("code", "Enter an ONS-style code: a letter then 8 digits, like E01012345");
        }
        if (c.vintage() == null) {
            problems.put("vintage", "Enter the year of the code's vintage");
        } else if (c.vintage() < 1990 || c.vintage() > 2100) {
            problems.put("vintage", "Enter a vintage year between 1990 and 2100");
        } else if (!problems.containsKey("code") && areas.codeTaken(code, c.vintage(), existing == null ? null : existing.id)) {
            problems.put("code", "Another area already has the code " + code + " for " + c.vintage());
        }
        if (trim(c.name()).isEmpty()) {
            problems.put("name", "Enter the area's name");
        } else if (c.name().strip().length() > 120) {
            problems.put("name", "Name must be 120 characters or fewer");
        }
        if (c.kind() != null) {
            parentProblem(c, existing).ifPresent(p -> problems.put("parentId", p));
        }
        boolean neighbourhood = c.kind() == AreaKind.NEIGHBOURHOOD;
        if (c.deprivationDecile() != null && !neighbourhood) {
            problems.put("deprivationDecile", "Only a neighbourhood has a deprivation decile");
        } else if (c.deprivationDecile() != null && (c.deprivationDecile() < 1 || c.deprivationDecile() > 10)) {
            problems.put("deprivationDecile", "Deprivation decile must be between 1 (most deprived) and 10 (least deprived)");
        }
        if (c.residentPopulation() != null && c.residentPopulation() < 0) {
            problems.put("residentPopulation", "Resident population cannot be negative");
        }
        if (c.childPopulation() != null && c.childPopulation() < 0) {
            problems.put("childPopulation", "Child population cannot be negative");
        } else if (c.childPopulation() != null && c.residentPopulation() != null && c.childPopulation() > c.residentPopulation()) {
            problems.put("childPopulation", "Child population cannot be more than the resident population");
        }
        return problems;
    }

    private Optional<String> parentProblem(AreaCommand c, Area existing) {
        if (c.kind() == AreaKind.AUTHORITY) {
            return c.parentId() == null ? Optional.empty() : Optional.of("An authority is the top of the tree and has no parent");
        }
        if (c.parentId() == null) {
            return Optional.of("Select the area this " + c.kind().label().toLowerCase() + " sits in");
        }
        Optional<Area> parent = areas.findByIdOptional(c.parentId());
        if (parent.isEmpty()) {
            return Optional.of("The parent area does not exist");
        }
        if (!c.kind().mayHaveParent(parent.get().kind)) {
            return Optional.of("A " + c.kind().label().toLowerCase() + " cannot sit in a " + parent.get().kind.label().toLowerCase());
        }
        if (existing != null && AreaTree.read(areas.getEntityManager()).within(c.parentId(), existing.id)) {
            return Optional.of("An area cannot sit inside itself");
        }
        return Optional.empty();
    }

    private static void apply(Area area, AreaCommand c) {
        area.code = c.code().strip().toUpperCase();
        area.vintage = c.vintage();
        area.name = c.name().strip();
        area.parentId = c.parentId();
        area.deprivationDecile = c.deprivationDecile();
        area.residentPopulation = c.residentPopulation();
        area.childPopulation = c.childPopulation();
    }

    public void straddle(Area estate, Set<UUID> neighbourhoodIds) {
        if (estate.kind != AreaKind.ESTATE) {
            throw new InvalidInput("neighbourhoods", "Only an estate straddles neighbourhoods");
        }
        if (neighbourhoodIds.isEmpty()) {
            throw new InvalidInput("neighbourhoods", "Select at least one neighbourhood the estate lies in");
        }
        long found = areas.count("in_array(id, ?1) and kind = ?2", neighbourhoodIds.toArray(UUID[]::new),
                AreaKind.NEIGHBOURHOOD);
        if (found != neighbourhoodIds.size()) {
            throw new InvalidInput("neighbourhoods", "Select neighbourhoods only");
        }
        long stranded = addresses.count("estateId = ?1 and not in_array(neighbourhoodId, ?2)", estate.id,
                neighbourhoodIds.toArray(UUID[]::new));
        if (stranded > 0) {
            throw new InvalidInput("neighbourhoods", stranded + " addresses on the estate lie in a neighbourhood you removed; move them first");
        }
        estate.neighbourhoods.clear();
        estate.neighbourhoods.addAll(neighbourhoodIds);
    }

    public void boundary(Area area, String geoJson) {
        if (geoJson == null || geoJson.isBlank()) {
            area.boundaryGeoJson = null;
            return;
        }
        JsonNode geometry = geometry(geoJson)
                .orElseThrow(() -> new InvalidInput("boundary", "The boundary must be GeoJSON: a Polygon or MultiPolygon, or a Feature holding one"));
        if (crossesItself(geometry)) {
            throw new InvalidInput("boundary", CROSSES_ITSELF);
        }
        area.boundaryGeoJson = geometry.toString();
    }

    /** What to tell someone whose boundary crosses itself. */
    public static final String CROSSES_ITSELF = "The boundary crosses itself: check that its points go round the edge in order";

    /** Whether a ring of the boundary crosses itself, so that it encloses no clear area. */
    public boolean crossesItself(JsonNode geometry) {
        return Rings.anyCrossesItself(geometry);
    }

    /** The Polygon or MultiPolygon geometry in a GeoJSON text, if it holds one with coordinates. */
    public Optional<JsonNode> geometry(String geoJson) {
        try {
            JsonNode node = json.readTree(geoJson);
            if (node != null && "Feature".equals(node.path("type").asText())) {
                node = node.path("geometry");
            }
            if (node == null || !BOUNDARY_TYPES.contains(node.path("type").asText())
                    || !node.path("coordinates").isArray() || node.path("coordinates").isEmpty()) {
                return Optional.empty();
            }
            JsonNode coordinates = node.path("coordinates");
            boolean valid = "Polygon".equals(node.path("type").asText()) ? polygon(coordinates) : allMatch(coordinates, PlaceRules::polygon);
            return valid ? Optional.of(node) : Optional.empty();
        } catch (java.io.IOException e) {
            return Optional.empty();
        }
    }

    /** A polygon is one or more closed rings of at least four [longitude, latitude] positions. */
    private static boolean polygon(JsonNode rings) {
        return allMatch(rings, ring -> ring.isArray() && ring.size() >= 4 && allMatch(ring, PlaceRules::position)
                && ring.get(0).equals(ring.get(ring.size() - 1)));
    }

    private static boolean position(JsonNode p) {
        return p.isArray() && p.size() >= 2 && p.get(0).isNumber() && p.get(1).isNumber()
                && Math.abs(p.get(0).asDouble()) <= 180 && Math.abs(p.get(1).asDouble()) <= 90;
    }

    private static boolean allMatch(JsonNode array, java.util.function.Predicate<JsonNode> test) {
        if (!array.isArray() || array.isEmpty()) {
            return false;
        }
        for (JsonNode item : array) {
            if (!test.test(item)) {
                return false;
            }
        }
        return true;
    }

    public Address newAddress(AddressCommand command) {
        Map<String, String> problems = addressProblems(command, null);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Address address = new Address(Uprn.parse(command.uprn()).orElseThrow());
        apply(address, command);
        return address;
    }

    public void change(Address address, AddressCommand command) {
        Map<String, String> problems = addressProblems(command, address);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        address.uprn = Uprn.parse(command.uprn()).orElseThrow();
        apply(address, command);
    }

    public Map<String, String> addressProblems(AddressCommand c, Address existing) {
        Map<String, String> problems = new LinkedHashMap<>();
        Optional<Long> uprn = Uprn.parse(c.uprn());
        if (trim(c.uprn()).isEmpty()) {
            problems.put("uprn", "Enter the UPRN");
        } else if (uprn.isEmpty()) {
            problems.put("uprn", "UPRN must be a number of up to 12 digits");
        } else if (addresses.byUprn(uprn.get()).filter(a -> existing == null || !a.id.equals(existing.id)).isPresent()) {
            problems.put("uprn", "Another address already has the UPRN " + uprn.get());
        }
        if (trim(c.line1()).isEmpty()) {
            problems.put("line1", "Enter the first line of the address");
        } else if (c.line1().strip().length() > 200) {
            problems.put("line1", "Address line 1 must be 200 characters or fewer");
        }
        if (trim(c.line2()).length() > 200) {
            problems.put("line2", "Address line 2 must be 200 characters or fewer");
        }
        if (trim(c.town()).isEmpty()) {
            problems.put("town", "Enter the town");
        }
        if (trim(c.postcode()).isEmpty()) {
            problems.put("postcode", "Enter the postcode");
        } else if (Postcode.normalise(c.postcode()).isEmpty()) {
            problems.put("postcode", "Enter a real UK postcode, like LS1 4AP");
        }
        Optional<Area> neighbourhood = c.neighbourhoodId() == null ? Optional.empty() : areas.findByIdOptional(c.neighbourhoodId());
        if (neighbourhood.isEmpty() || neighbourhood.get().kind != AreaKind.NEIGHBOURHOOD) {
            problems.put("neighbourhoodId", "Select the neighbourhood the address is in");
        }
        if (c.estateId() != null) {
            Optional<Area> estate = areas.findByIdOptional(c.estateId());
            if (estate.isEmpty() || estate.get().kind != AreaKind.ESTATE) {
                problems.put("estateId", "Select an estate, or none");
            } else if (neighbourhood.isPresent() && !estate.get().neighbourhoods.contains(neighbourhood.get().id)) {
                problems.put("estateId", estate.get().name + " does not lie in " + neighbourhood.get().name);
            }
        }
        return problems;
    }

    private static void apply(Address address, AddressCommand c) {
        address.line1 = c.line1().strip();
        address.line2 = trim(c.line2()).isEmpty() ? null : c.line2().strip();
        address.town = c.town().strip();
        address.postcode = Postcode.normalise(c.postcode()).orElseThrow();
        address.neighbourhoodId = c.neighbourhoodId();
        address.estateId = c.estateId();
    }

    private static String trim(String value) {
        return value == null ? "" : value.strip();
    }
}
