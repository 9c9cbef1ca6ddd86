package org.placeworks.geography;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.placeworks.geography.internal.Address;
import org.placeworks.geography.internal.AddressRepository;
import org.placeworks.geography.internal.Area;
import org.placeworks.geography.internal.AreaRepository;
import org.placeworks.geography.internal.AreaTree;
import org.placeworks.geography.internal.BoundaryIndex;
import org.placeworks.geography.internal.PlaceRules;
import org.placeworks.shared.NotFound;
import org.placeworks.shared.StaleEdit;

/** Areas and addresses: the one way other features read and change places. */
@ApplicationScoped
public class Places {

    /** Observed by the audit trail, which geography sits below. */
    @Inject
    jakarta.enterprise.event.Event<AddressRecorded> recorded;

    @Inject
    AreaRepository areas;

    @Inject
    AddressRepository addresses;

    @Inject
    PlaceRules rules;

    @Inject
    BoundaryIndex boundaries;

    @Inject
    org.placeworks.shared.Reading reading;

    // --- Areas ------------------------------------------------------------------

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AreaView> areas() {
        // Reference data: in a reading, the instance's copy while the reference version stands (shared.Reading).
        return reading.reference("geography.areas", () -> {
            List<Area> all = areas.all();
            Map<UUID, String> names = all.stream().collect(Collectors.toMap(Area::id, a -> a.name()));
            return all.stream().map(a -> view(a, names.get(a.parentId()))).toList();
        });
    }

    /** Every area in tree order (each parent before its children, kinds in order, then by name), with its depth. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AreaRow> areaTree() {
        List<AreaView> all = areas();
        Map<UUID, List<AreaView>> children = new LinkedHashMap<>();
        java.util.Set<UUID> ids = all.stream().map(AreaView::id).collect(Collectors.toSet());
        Comparator<AreaView> order = Comparator.comparing(AreaView::kind).thenComparing(AreaView::name);
        List<AreaView> roots = all.stream().filter(a -> a.parentId() == null || !ids.contains(a.parentId())).sorted(order).toList();
        all.stream().filter(a -> a.parentId() != null).sorted(order)
                .forEach(a -> children.computeIfAbsent(a.parentId(), k -> new java.util.ArrayList<>()).add(a));
        List<AreaRow> rows = new java.util.ArrayList<>();
        java.util.Deque<AreaRow> pending = new java.util.ArrayDeque<>();
        for (int i = roots.size() - 1; i >= 0; i--) {
            pending.push(new AreaRow(roots.get(i), 0));
        }
        while (!pending.isEmpty()) {
            AreaRow row = pending.pop();
            rows.add(row);
            List<AreaView> below = children.getOrDefault(row.area().id(), List.of());
            for (int i = below.size() - 1; i >= 0; i--) {
                pending.push(new AreaRow(below.get(i), row.depth() + 1));
            }
        }
        return rows;
    }

    /** The areas directly beneath an area. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AreaView> areasWithin(UUID parentId) {
        return areaTree().stream().map(AreaRow::area).filter(a -> parentId.equals(a.parentId())).toList();
    }

    /** The newest vintage of the area with this code. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<AreaView> findAreaByCode(String code) {
        return code == null ? Optional.empty() : areas.byCode(code.strip().toUpperCase()).map(this::view);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long areaCount() {
        return areas.count();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AreaView> areasOfKind(AreaKind kind) {
        return areas.ofKind(kind).stream().map(a -> view(a, null)).toList();
    }

    /** The area, if there is one by that id; none for no id at all (a list sent with a null in it names no area). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<AreaView> findArea(UUID id) {
        return id == null ? Optional.empty() : areas.findByIdOptional(id).map(this::view);
    }

    public AreaView area(UUID id) {
        return findArea(id).orElseThrow(() -> new NotFound("area", id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> boundaryGeoJson(UUID id) {
        return areas.findByIdOptional(id).map(a -> a.boundaryGeoJson());
    }

    /** For an estate: the neighbourhoods it straddles. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<UUID> estateNeighbourhoods(UUID estateId) {
        return areas.findByIdOptional(estateId).map(Area::neighbourhoods).orElse(Set.of());
    }

    @Transactional
    public AreaView createArea(AreaCommand command) {
        Area area = rules.newArea(command);
        areas.persist(area);
        return view(area);
    }

    @Transactional
    public AreaView updateArea(UUID id, AreaCommand command) {
        Area area = areas.findByIdOptional(id).orElseThrow(() -> new NotFound("area", id));
        StaleEdit.check("area", command.version(), area.version());
        rules.change(area, command);
        areas.flush();
        return view(area);
    }

    @Transactional
    public AreaView setEstateNeighbourhoods(UUID estateId, Set<UUID> neighbourhoods, Long version) {
        Area estate = areas.findByIdOptional(estateId).orElseThrow(() -> new NotFound("area", estateId));
        StaleEdit.check("estate", version, estate.version());
        rules.straddle(estate, neighbourhoods);
        areas.flush();
        return view(estate);
    }

    /** Sets or clears an area's boundary; the GeoJSON must be a Polygon, MultiPolygon or a Feature holding one. */
    @Transactional
    public AreaView setBoundary(UUID id, String geoJson) {
        Area area = areas.findByIdOptional(id).orElseThrow(() -> new NotFound("area", id));
        rules.boundary(area, geoJson);
        areas.flush();
        return view(area);
    }

    /**
     * The neighbourhood and the estate whose stored boundaries hold a point given as latitude and longitude
     * (WGS 84, as a phone or a map gives it); empty when no neighbourhood or estate boundary holds it. A point
     * on an estate with no neighbourhood boundary around it takes the estate's neighbourhood when the estate
     * lies in only one.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Placement> locate(double latitude, double longitude) {
        var neighbourhood = boundaries.holding(AreaKind.NEIGHBOURHOOD, longitude, latitude);
        var estate = boundaries.holding(AreaKind.ESTATE, longitude, latitude);
        if (neighbourhood.isEmpty() && estate.isEmpty()) {
            return Optional.empty();
        }
        UUID neighbourhoodId = neighbourhood.map(BoundaryIndex.Located::id).orElse(null);
        String neighbourhoodName = neighbourhood.map(BoundaryIndex.Located::name).orElse(null);
        if (neighbourhoodId == null) {
            Set<UUID> straddled = estateNeighbourhoods(estate.get().id());
            if (straddled.size() == 1) {
                neighbourhoodId = straddled.iterator().next();
                neighbourhoodName = areas.findByIdOptional(neighbourhoodId).map(Area::name).orElse(null);
            }
        }
        return Optional.of(new Placement(neighbourhoodId, neighbourhoodName, estate.map(BoundaryIndex.Located::id).orElse(null),
                estate.map(BoundaryIndex.Located::name).orElse(null)));
    }

    // --- Coverage -----------------------------------------------------------------

    /** What a boundary made of these areas covers, resolved to neighbourhoods and estates. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Coverage coverageOf(Collection<UUID> boundary) {
        return tree().coverageOf(boundary);
    }

    /** Whether {@code outer} covers all of {@code inner}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean includes(Coverage outer, Coverage inner) {
        AreaTree tree = tree();
        return outer.includes(inner, tree::estateNeighbourhoods);
    }

    /** A loaded tree for callers that check many coverages at once. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Function<UUID, Set<UUID>> estateNeighbourhoodLookup() {
        return tree()::estateNeighbourhoods;
    }

    private AreaTree tree() {
        return reading.reference("geography.area-tree", () -> AreaTree.read(areas.getEntityManager()));
    }

    // --- Addresses ----------------------------------------------------------------

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<AddressView> findAddress(UUID id) {
        return addresses.findByIdOptional(id).map(this::view);
    }

    public AddressView address(UUID id) {
        return findAddress(id).orElseThrow(() -> new NotFound("address", id));
    }

    /** Many addresses in two queries, for lists of records that hold address ids. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, AddressView> addressesByIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return views(addresses.byIds(ids)).stream()
                .collect(Collectors.toMap(AddressView::id, Function.identity()));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<AddressView> addressByUprn(long uprn) {
        return addresses.byUprn(uprn).map(this::view);
    }

    /** Addresses matching a postcode, UPRN or street text, at most {@code limit}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AddressView> searchAddresses(String text, int limit) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return views(addresses.search(text, limit));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AddressView> addressPage(int index, int size) {
        return views(addresses.page(index, size));
    }

    /** A page (from 1) of the addresses matching a postcode, UPRN or street text, or of all addresses when the text is blank. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public AddressPage addressPage(String text, int number, int size) {
        boolean all = text == null || text.isBlank();
        long total = all ? addresses.count() : addresses.countMatching(text);
        int last = (int) Math.max(1, (total + size - 1) / size);
        int page = Math.min(Math.max(1, number), last);
        List<AddressView> items = all ? views(addresses.page(page - 1, size)) : views(addresses.search(text, page - 1, size));
        return new AddressPage(items, page, size, total);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long addressCount() {
        return addresses.count();
    }

    @Transactional
    public AddressView createAddress(AddressCommand command) {
        Address address = rules.newAddress(command);
        addresses.persist(address);
        AddressView created = view(address);
        recorded.fire(new AddressRecorded(created.id(), null, audited(created)));
        return created;
    }

    @Transactional
    public AddressView updateAddress(UUID id, AddressCommand command) {
        Address address = addresses.findByIdOptional(id).orElseThrow(() -> new NotFound("address", id));
        StaleEdit.check("address", command.version(), address.version());
        String before = audited(view(address));
        rules.change(address, command);
        addresses.flush();
        AddressView after = view(address);
        recorded.fire(new AddressRecorded(id, before, audited(after)));
        return after;
    }

    /** The problems with an address, field by field, without saving anything (imports check every row first). */
    public Map<String, String> problemsWith(AddressCommand command) {
        return rules.addressProblems(command, null);
    }

    public Map<String, String> problemsWith(AreaCommand command) {
        return rules.areaProblems(command, null);
    }

    /** An address as the audit trail names it: UPRN, the lines, and the neighbourhood and estate that place it. */
    private static String audited(AddressView a) {
        return "UPRN " + a.uprn() + ", " + a.oneLine() + ", " + a.postcode() + " in " + a.neighbourhoodName()
                + (a.estateName() == null ? "" : " (on " + a.estateName() + ")");
    }

    // --- Views ----------------------------------------------------------------------

    private AreaView view(Area area) {
        String parent = area.parentId() == null ? null : areas.findByIdOptional(area.parentId()).map(Area::name).orElse(null);
        return view(area, parent);
    }

    private static AreaView view(Area a, String parentName) {
        return new AreaView(a.id(), a.kind(), a.code(), a.vintage(), a.name(), a.parentId(), parentName,
                a.deprivationDecile(), a.residentPopulation(), a.childPopulation(), a.boundaryGeoJson() != null, a.version());
    }

    /** The names of these areas, by id; an id of no area (or null) is left out. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, String> names(Collection<UUID> ids) {
        Map<UUID, String> names = new LinkedHashMap<>();
        List<UUID> wanted = ids.stream().filter(java.util.Objects::nonNull).distinct().toList();
        if (wanted.isEmpty()) {
            return names;
        }
        if (reading.keepsReferences()) {
            AreaTree tree = tree(); // the instance's copy, or read once in this transaction anyway, for coverage
            wanted.forEach(id -> {
                String name = tree.name(id);
                if (name != null) {
                    names.put(id, name);
                }
            });
        } else {
            areas.byIds(wanted).forEach(a -> names.put(a.id(), a.name()));
        }
        return names;
    }

    private List<AddressView> views(List<Address> list) {
        Map<UUID, String> names = names(list.stream().flatMap(a -> java.util.stream.Stream.of(a.neighbourhoodId(), a.estateId())).toList());
        return list.stream().map(a -> view(a, names)).sorted(Comparator.comparing(AddressView::postcode)
                .thenComparing(AddressView::line1)).toList();
    }

    private AddressView view(Address address) {
        if (reading.keepsReferences()) {
            return views(List.of(address)).get(0);
        }
        Map<UUID, String> names = new LinkedHashMap<>();
        areas.findByIdOptional(address.neighbourhoodId()).ifPresent(a -> names.put(a.id(), a.name()));
        if (address.estateId() != null) {
            areas.findByIdOptional(address.estateId()).ifPresent(a -> names.put(a.id(), a.name()));
        }
        return view(address, names);
    }

    private static AddressView view(Address a, Map<UUID, String> names) {
        return new AddressView(a.id(), a.uprn(), a.line1(), a.line2(), a.town(), a.postcode(), a.neighbourhoodId(),
                names.get(a.neighbourhoodId()), a.estateId(), a.estateId() == null ? null : names.get(a.estateId()), a.version());
    }

    // --- Coverage of many boundaries at once ------------------------------------------

    /**
     * What each of several boundaries covers (for example every service's), with the area tree read once:
     * one statement whatever the number of boundaries.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public <K> Map<K, Coverage> coveragesOf(Map<K, ? extends Collection<UUID>> boundaries) {
        if (boundaries.isEmpty()) {
            return Map.of();
        }
        AreaTree tree = tree();
        Map<K, Coverage> coverages = new LinkedHashMap<>();
        boundaries.forEach((key, boundary) -> coverages.put(key, tree.coverageOf(boundary)));
        return coverages;
    }
}
