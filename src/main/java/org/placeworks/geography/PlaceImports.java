package org.placeworks.geography;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.placeworks.geography.internal.Address;
import org.placeworks.geography.internal.AddressRepository;
import org.placeworks.geography.internal.Area;
import org.placeworks.geography.internal.AreaRepository;
import org.placeworks.geography.internal.CsvTable;
import org.placeworks.geography.internal.PlaceRules;
import org.placeworks.shared.InvalidInput;

/**
 * Imports of areas (CSV), addresses (CSV) and boundaries (GeoJSON). Each file is checked row by row
 * in one transaction; if any row is bad, nothing is saved and every problem is reported with its line
 * (or feature), so the file can be fixed in one go. A file that is empty or not in the expected format
 * is refused as a whole, with the field {@code file}.
 *
 * <p>Reference data is not personal data, and geography sits below the audit trail and identity in the
 * module map, so imports are logged rather than audited.
 */
@ApplicationScoped
public class PlaceImports {

    public static final List<String> AREA_COLUMNS = List.of("kind", "code", "vintage", "name", "parent_code");
    public static final List<String> AREA_OPTIONAL = List.of("deprivation_decile", "residents", "children", "neighbourhood_codes");
    public static final List<String> ADDRESS_COLUMNS = List.of("uprn", "line1", "town", "postcode", "neighbourhood_code");
    public static final List<String> ADDRESS_OPTIONAL = List.of("line2", "estate_code");

    private static final Logger LOG = Logger.getLogger(PlaceImports.class);

    /** The columns a rule's field stands for in the areas file. */
    private static final Map<String, String> AREA_FIELD_COLUMNS = Map.of("kind", "kind", "code", "code", "vintage", "vintage",
            "name", "name", "parentId", "parent_code", "deprivationDecile", "deprivation_decile",
            "residentPopulation", "residents", "childPopulation", "children");

    private static final Map<String, String> ADDRESS_FIELD_COLUMNS = Map.of("uprn", "uprn", "line1", "line1", "line2", "line2",
            "town", "town", "postcode", "postcode", "neighbourhoodId", "neighbourhood_code", "estateId", "estate_code");

    /** Observed by the audit trail, which geography sits below. */
    @Inject
    jakarta.enterprise.event.Event<AddressesImported> addressesImported;

    @Inject
    AreaRepository areas;

    @Inject
    AddressRepository addresses;

    @Inject
    PlaceRules rules;

    @Inject
    ObjectMapper json;

    // --- Areas ------------------------------------------------------------------------

    /** Creates the areas in a CSV file; a row may name as parent an area created by a row above it. */
    @Transactional
    public ImportReport importAreas(String csv) {
        List<CsvTable.Row> rows = CsvTable.parse(csv, AREA_COLUMNS, AREA_OPTIONAL);
        List<ImportProblem> problems = new ArrayList<>();
        Map<String, Optional<Area>> byCode = new HashMap<>();
        int imported = 0;
        for (CsvTable.Row row : rows) {
            Map<String, String> bad = new LinkedHashMap<>();
            tooManyValues(row, bad);
            AreaKind kind = kind(row.get("kind"), bad);
            Integer vintage = whole(row, "vintage", bad);
            Integer decile = whole(row, "deprivation_decile", bad);
            Integer residents = whole(row, "residents", bad);
            Integer children = whole(row, "children", bad);
            UUID parentId = null;
            String parentCode = row.get("parent_code");
            if (parentCode != null) {
                Optional<Area> parent = byCode.computeIfAbsent(parentCode.toUpperCase(Locale.UK), areas::byCode);
                if (parent.isPresent()) {
                    parentId = parent.get().id();
                } else {
                    bad.put("parent_code", "No area has the code " + parentCode + " (a row may only name a parent from an earlier row or already saved)");
                }
            }
            Set<UUID> straddled = neighbourhoods(row.get("neighbourhood_codes"), kind, byCode, bad);
            AreaCommand command = new AreaCommand(kind, row.get("code"), vintage, row.get("name"), parentId, decile, residents, children, null);
            boolean parentUnknown = parentCode != null && parentId == null;
            rules.areaProblems(command, null).forEach((field, message) -> {
                String column = AREA_FIELD_COLUMNS.getOrDefault(field, field);
                if (!(column.equals("parent_code") && parentUnknown)) {
                    bad.putIfAbsent(column, message);
                }
            });
            if (bad.isEmpty()) {
                Area area = rules.newArea(command);
                areas.persist(area);
                if (!straddled.isEmpty()) {
                    rules.straddle(area, straddled);
                }
                areas.flush();
                byCode.remove(area.code());
                imported++;
            } else {
                bad.forEach((column, message) -> problems.add(ImportProblem.atLine(row.line(), column, message)));
            }
        }
        return finish("areas", rows.size(), imported, problems);
    }

    private AreaKind kind(String raw, Map<String, String> bad) {
        if (raw == null) {
            return null;
        }
        for (AreaKind kind : AreaKind.values()) {
            if (kind.name().equalsIgnoreCase(raw) || kind.label().equalsIgnoreCase(raw)) {
                return kind;
            }
        }
        bad.put("kind", "Kind must be one of authority, locality, ward, neighbourhood or estate, not " + raw);
        return null;
    }

    private Set<UUID> neighbourhoods(String codes, AreaKind kind, Map<String, Optional<Area>> byCode, Map<String, String> bad) {
        if (codes == null) {
            return Set.of();
        }
        if (kind != AreaKind.ESTATE) {
            bad.put("neighbourhood_codes", "Only an estate lists the neighbourhoods it straddles");
            return Set.of();
        }
        Set<UUID> ids = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String code : codes.split("[;\\s|]+")) {
            if (code.isBlank()) {
                continue;
            }
            Optional<Area> area = byCode.computeIfAbsent(code.toUpperCase(Locale.UK), areas::byCode);
            if (area.isPresent() && area.get().kind() == AreaKind.NEIGHBOURHOOD) {
                ids.add(area.get().id());
            } else {
                unknown.add(code);
            }
        }
        if (!unknown.isEmpty()) {
            bad.put("neighbourhood_codes", "No neighbourhood has the code " + String.join(", ", unknown));
        }
        return ids;
    }

    // --- Addresses --------------------------------------------------------------------

    /** Creates the addresses in a CSV file, each placed in a neighbourhood (and perhaps an estate) by code. */
    @Transactional
    public ImportReport importAddresses(String csv) {
        List<CsvTable.Row> rows = CsvTable.parse(csv, ADDRESS_COLUMNS, ADDRESS_OPTIONAL);
        List<ImportProblem> problems = new ArrayList<>();
        Map<String, Optional<Area>> byCode = new HashMap<>();
        Map<Long, Integer> uprnLines = new HashMap<>();
        int imported = 0;
        List<Long> uprns = new ArrayList<>();
        for (CsvTable.Row row : rows) {
            Map<String, String> bad = new LinkedHashMap<>();
            tooManyValues(row, bad);
            UUID neighbourhood = areaOfKind(row.get("neighbourhood_code"), AreaKind.NEIGHBOURHOOD, "neighbourhood_code", byCode, bad);
            UUID estate = areaOfKind(row.get("estate_code"), AreaKind.ESTATE, "estate_code", byCode, bad);
            Uprn.parse(row.get("uprn")).ifPresent(uprn -> {
                Integer earlier = uprnLines.putIfAbsent(uprn, row.line());
                if (earlier != null) {
                    bad.put("uprn", "UPRN " + uprn + " is also on line " + earlier);
                }
            });
            AddressCommand command = new AddressCommand(row.get("uprn"), row.get("line1"), row.get("line2"), row.get("town"),
                    row.get("postcode"), neighbourhood, estate, null);
            rules.addressProblems(command, null).forEach((field, message) -> {
                String column = ADDRESS_FIELD_COLUMNS.getOrDefault(field, field);
                bad.putIfAbsent(column, message);
            });
            if (bad.isEmpty()) {
                Address address = rules.newAddress(command);
                addresses.persist(address);
                uprns.add(address.uprn());
                imported++;
            } else {
                bad.forEach((column, message) -> problems.add(ImportProblem.atLine(row.line(), column, message)));
            }
        }
        ImportReport report = finish("addresses", rows.size(), imported, problems);
        addressesImported.fire(new AddressesImported(uprns));
        return report;
    }

    private UUID areaOfKind(String code, AreaKind kind, String column, Map<String, Optional<Area>> byCode, Map<String, String> bad) {
        if (code == null) {
            return null;
        }
        Optional<Area> area = byCode.computeIfAbsent(code.toUpperCase(Locale.UK), areas::byCode);
        if (area.isEmpty()) {
            bad.put(column, "No area has the code " + code);
            return null;
        }
        if (area.get().kind() != kind) {
            bad.put(column, code + " is a " + area.get().kind().label().toLowerCase(Locale.UK) + ", not a " + kind.label().toLowerCase(Locale.UK));
            return null;
        }
        return area.get().id();
    }

    // --- Boundaries -------------------------------------------------------------------

    /**
     * Sets the boundaries in a GeoJSON FeatureCollection: each feature names its area in
     * {@code properties.code} (and, optionally, {@code properties.vintage}) and holds a Polygon or MultiPolygon.
     */
    @Transactional
    public ImportReport importBoundaries(String geoJson) {
        if (geoJson == null || geoJson.isBlank()) {
            throw new InvalidInput("file", "The file is empty: it needs a GeoJSON FeatureCollection");
        }
        JsonNode root;
        try {
            root = json.readTree(geoJson.startsWith("\uFEFF") ? geoJson.substring(1) : geoJson);
        } catch (com.fasterxml.jackson.core.exc.StreamConstraintsException e) {
            throw new InvalidInput("file", "The file is not GeoJSON: its JSON is nested deeper than any boundary needs");
        } catch (JsonProcessingException e) {
            throw new InvalidInput("file", "The file is not GeoJSON: it could not be read as JSON"
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")"));
        }
        if (root == null || !root.isObject() || !"FeatureCollection".equals(root.path("type").asText())) {
            throw new InvalidInput("file", "The file must be a GeoJSON FeatureCollection (\"type\": \"FeatureCollection\")");
        }
        JsonNode features = root.path("features");
        if (!features.isArray() || features.isEmpty()) {
            throw new InvalidInput("file", "The FeatureCollection has no features to import");
        }
        List<ImportProblem> problems = new ArrayList<>();
        Map<Area, String> boundaries = new LinkedHashMap<>();
        Map<UUID, Integer> seen = new HashMap<>();
        Set<String> fields = new HashSet<>();
        for (int i = 0; i < features.size(); i++) {
            int number = i + 1;
            JsonNode feature = features.get(i);
            fields.clear();
            if (!"Feature".equals(feature.path("type").asText())) {
                problems.add(ImportProblem.atFeature(number, "type", "Each member of features must be a Feature"));
                continue;
            }
            String code = feature.path("properties").path("code").asText("").strip();
            Optional<Area> area = Optional.empty();
            if (code.isEmpty()) {
                problems.add(ImportProblem.atFeature(number, "properties.code", "Give the area's code in properties.code"));
            } else {
                JsonNode vintage = feature.path("properties").path("vintage");
                area = vintage.canConvertToInt()
                        ? areas.find("code = ?1 and vintage = ?2", code.toUpperCase(Locale.UK), vintage.asInt()).firstResultOptional()
                        : areas.byCode(code.toUpperCase(Locale.UK));
                if (area.isEmpty()) {
                    problems.add(ImportProblem.atFeature(number, "properties.code", "No area has the code " + code
                            + (vintage.canConvertToInt() ? " for " + vintage.asInt() : "")));
                } else if (seen.containsKey(area.get().id())) {
                    problems.add(ImportProblem.atFeature(number, "properties.code",
                            "The boundary of " + code + " is also given by feature " + seen.get(area.get().id())));
                    area = Optional.empty();
                } else {
                    seen.put(area.get().id(), number);
                }
            }
            Optional<JsonNode> geometry = rules.geometry(feature.path("geometry").toString());
            if (geometry.isEmpty()) {
                problems.add(ImportProblem.atFeature(number, "geometry",
                        "The geometry must be a Polygon or MultiPolygon of closed rings of [longitude, latitude] positions"));
            } else if (rules.crossesItself(geometry.get())) {
                problems.add(ImportProblem.atFeature(number, "geometry", PlaceRules.CROSSES_ITSELF));
            } else if (area.isPresent()) {
                boundaries.put(area.get(), geometry.get().toString());
            }
        }
        if (problems.isEmpty()) {
            boundaries.forEach(rules::boundary);
            areas.flush();
        }
        return finish("boundaries", features.size(), problems.isEmpty() ? boundaries.size() : 0, problems);
    }

    // --- Shared -----------------------------------------------------------------------

    private ImportReport finish(String kind, int rows, int imported, List<ImportProblem> problems) {
        if (!problems.isEmpty()) {
            LOG.infof("Import of %s refused: %d problems in %d rows", kind, problems.size(), rows);
            throw new ImportRejected(new ImportReport(kind, rows, 0, problems));
        }
        LOG.infof("Import of %s: %d of %d rows saved", kind, imported, rows);
        return new ImportReport(kind, rows, imported, problems);
    }

    private static void tooManyValues(CsvTable.Row row, Map<String, String> bad) {
        if (row.get("") != null) {
            bad.put("row", row.get(""));
        }
    }

    private static Integer whole(CsvTable.Row row, String column, Map<String, String> bad) {
        String raw = row.get(column);
        if (raw == null) {
            return null;
        }
        try {
            return Integer.valueOf(raw.replace(",", ""));
        } catch (NumberFormatException e) {
            bad.put(column, column.replace('_', ' ') + " must be a whole number, not " + raw);
            return null;
        }
    }
}
