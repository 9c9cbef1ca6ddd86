package org.placeworks.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.placeworks.audit.AuditAction;
import org.placeworks.geography.AddressView;
import org.placeworks.geography.AreaView;
import org.placeworks.geography.Coverage;
import org.placeworks.geography.Places;
import org.placeworks.organisation.internal.Agency;
import org.placeworks.organisation.internal.AgencyRepository;
import org.placeworks.organisation.internal.Service;
import org.placeworks.organisation.internal.ServiceRepository;
import org.placeworks.organisation.internal.ServiceRules;
import org.placeworks.organisation.internal.StrandDelivery;
import org.placeworks.organisation.internal.StrandDeliveryRepository;
import org.placeworks.shared.InvalidInput;
import org.placeworks.shared.NotFound;
import org.placeworks.shared.OutsideBoundary;
import org.placeworks.shared.StaleEdit;

/**
 * Services, agencies and where each strand runs, and the boundary invariant as code: which
 * services may own a record of a strand at an address.
 */
@ApplicationScoped
public class Services {

    @Inject
    ServiceRepository services;

    @Inject
    AgencyRepository agencies;

    @Inject
    StrandDeliveryRepository deliveries;

    @Inject
    ServiceRules rules;

    @Inject
    Places places;

    @Inject
    org.placeworks.shared.Reading reading;

    /** Boundaries, strands and agencies decide who sees which families: each change is audited like personal data. */
    @Inject
    org.placeworks.audit.AuditTrail audit;

    // --- Agencies -------------------------------------------------------------------

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AgencyView> agencies() {
        return reading.reference("organisation.agencies", () -> agencies.all().stream().map(Agency::view).toList());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AgencyView agency(UUID id) {
        return agencies.findByIdOptional(id).map(Agency::view).orElseThrow(() -> new NotFound("agency", id));
    }

    /** Whether an agency has this id: commands that name one are checked before anything is saved. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean hasAgency(UUID id) {
        return id != null && agencies.findByIdOptional(id).isPresent();
    }

    @Transactional
    public AgencyView createAgency(String name, AgencyKind kind) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (name == null || name.isBlank()) {
            problems.put("name", "Enter the agency's name");
        } else if (name.strip().length() > 120) {
            problems.put("name", "Name must be 120 characters or fewer");
        } else if (agencies.byName(name).isPresent()) {
            problems.put("name", "An agency called " + name.strip() + " already exists");
        }
        if (kind == null) {
            problems.put("kind", "Select the kind of agency");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Agency agency = new Agency(name.strip(), kind);
        agencies.persist(agency);
        audit.record(AuditAction.CREATE, "agency", agency.view().id(), "Added the agency " + agency.view().name() + " ("
                + kind.name() + ")");
        return agency.view();
    }

    // --- Services -------------------------------------------------------------------

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ServiceView> services() {
        if (reading.keepsReferences()) {
            // The instance's copy, in the same order (by name, as the database sorts): no entity read per request.
            return List.copyOf(everyService().values());
        }
        return views(services.all());
    }

    /**
     * What each service's boundary covers, by service id, worked out from the area tree once for each copy of the
     * reference data an instance keeps (both the tree and the boundaries are reference data): the insight pages ask on
     * every request which services work in a manager's ground.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, Coverage> coverages() {
        return reading.reference("organisation.service-coverages", () -> Map.copyOf(places.coveragesOf(services().stream()
                .collect(Collectors.toMap(ServiceView::id, ServiceView::boundary)))));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ServiceView> findService(UUID id) {
        if (reading.keepsReferences()) {
            return Optional.ofNullable(everyService().get(id));
        }
        return services.findByIdOptional(id).map(s -> views(List.of(s)).get(0));
    }

    public ServiceView service(UUID id) {
        return findService(id).orElseThrow(() -> new NotFound("service", id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ServiceView> servicesByIds(Set<UUID> ids) {
        if (reading.keepsReferences()) {
            Map<UUID, ServiceView> all = everyService();
            return ids.stream().map(all::get).filter(java.util.Objects::nonNull)
                    .sorted(java.util.Comparator.comparing(ServiceView::name)).toList();
        }
        return views(services.byIds(ids));
    }

    @Transactional
    public ServiceView createService(ServiceCommand command) {
        Service service = rules.create(command);
        services.persist(service);
        rules.checkDeliveries(services.all(), deliveries.all());
        ServiceView created = views(List.of(service)).get(0);
        audit.record(AuditAction.CREATE, "service", created.id(), "Added the service " + created.name() + ": " + describe(created));
        return created;
    }

    /** Changing a boundary or the strands delivered is refused if a strand would be left with ground no service covers. */
    @Transactional
    public ServiceView updateService(UUID id, ServiceCommand command) {
        Service service = services.findByIdOptional(id).orElseThrow(() -> new NotFound("service", id));
        StaleEdit.check("service", command.version(), service.version());
        ServiceView before = views(List.of(service)).get(0);
        rules.change(service, command);
        rules.checkDeliveries(services.all(), deliveries.all());
        services.flush();
        ServiceView after = views(List.of(service)).get(0);
        audit.record(AuditAction.UPDATE, "service", id, "Changed the service " + after.name() + ": " + describe(before) + " -> "
                + describe(after));
        return after;
    }

    /** What the service's boundary covers, resolved to neighbourhoods and estates. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Coverage coverageOf(UUID serviceId) {
        return places.coverageOf(service(serviceId).boundary());
    }

    // --- Strand delivery --------------------------------------------------------------

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StrandDeliveryView> deliveries() {
        List<Service> all = services.all();
        return deliveries.all().stream().map(d -> deliveryView(d, all)).toList();
    }

    /** Runs a strand in an area: refused when the services delivering the strand do not cover all of it. */
    @Transactional
    public StrandDeliveryView deliver(Strand strand, UUID areaId) {
        if (strand == null) {
            throw new InvalidInput("strand", "Select the strand");
        }
        AreaView area = places.findArea(areaId == null ? new UUID(0, 0) : areaId)
                .orElseThrow(() -> new InvalidInput("areaId", "Select the area where the strand runs"));
        if (deliveries.of(strand, area.id()).isPresent()) {
            throw new InvalidInput("areaId", strand.label() + " already runs in " + area.name());
        }
        StrandDelivery delivery = new StrandDelivery(strand, area.id());
        List<Service> all = services.all();
        rules.checkDelivery(delivery, all, "areaId");
        deliveries.persist(delivery);
        StrandDeliveryView view = deliveryView(delivery, all);
        audit.record(AuditAction.CREATE, "strand-delivery", view.id(), strand.label() + ": not run -> runs in " + area.name());
        return view;
    }

    @Transactional
    public void stopDelivering(UUID deliveryId) {
        StrandDelivery delivery = deliveries.findByIdOptional(deliveryId)
                .orElseThrow(() -> new NotFound("strand delivery", deliveryId));
        deliveries.delete(delivery);
        String where = places.findArea(delivery.areaId()).map(AreaView::name).orElse("an area");
        audit.record(AuditAction.DELETE, "strand-delivery", deliveryId, delivery.strand().label() + ": runs in " + where + " -> not run");
    }

    /** A service as an audit entry names it: its name, agency, boundary (area names) and strands. */
    private String describe(ServiceView s) {
        String areas = s.boundary().stream().map(places::findArea).flatMap(Optional::stream).map(AreaView::name).sorted()
                .collect(java.util.stream.Collectors.joining(", "));
        String strands = s.strands().stream().map(Strand::label).sorted().collect(java.util.stream.Collectors.joining(", "));
        return "name " + s.name() + "; agency " + s.agencyName() + "; boundary " + (areas.isEmpty() ? "none" : areas) + "; strands "
                + (strands.isEmpty() ? "none" : strands);
    }

    // --- The boundary invariant --------------------------------------------------------

    /** The services that may own a record of this strand at this address: they deliver it and their boundary holds the address. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ServiceView> ownersFor(Strand strand, AddressView address) {
        return views(services.delivering(strand).stream()
                .filter(s -> places.coverageOf(s.boundary()).covers(address)).toList());
    }

    /**
     * The same question for many places at once (lists): the services delivering the strand and their
     * ground are read once, and each place (its neighbourhood and estate) is then answered in memory.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.function.BiFunction<UUID, UUID, List<ServiceView>> ownersLookup(Strand strand) {
        List<Service> delivering = services.delivering(strand);
        List<ServiceView> views = views(delivering);
        List<Coverage> ground = delivering.stream().map(s -> places.coverageOf(s.boundary())).toList();
        return (neighbourhoodId, estateId) -> {
            List<ServiceView> owners = new ArrayList<>();
            for (int i = 0; i < views.size(); i++) {
                if (ground.get(i).covers(neighbourhoodId, estateId)) {
                    owners.add(views.get(i));
                }
            }
            return owners;
        };
    }

    /** For each strand, the services that cover the address. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Strand, List<ServiceView>> coveringServices(AddressView address) {
        Map<Strand, List<ServiceView>> result = new EnumMap<>(Strand.class);
        for (Strand strand : Strand.values()) {
            result.put(strand, ownersFor(strand, address));
        }
        return result;
    }

    /** Refuses (422, nothing saved) a record of a strand whose owning service may not hold this address. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ServiceView requireOwner(Strand strand, UUID serviceId, AddressView address) {
        List<ServiceView> owners = ownersFor(strand, address);
        return owners.stream().filter(s -> s.id().equals(serviceId)).findFirst().orElseThrow(() -> {
            if (owners.isEmpty()) {
                return new OutsideBoundary("address", address.oneLine() + " is outside every " + strand.label()
                        + " service's boundary, so no service can own this record.");
            }
            return new OutsideBoundary("serviceId", "That service cannot own a " + strand.label() + " record at "
                    + address.oneLine() + ". Choose one of: "
                    + owners.stream().map(ServiceView::name).collect(Collectors.joining(", ")) + ".");
        });
    }

    // --- Views -------------------------------------------------------------------------

    private StrandDeliveryView deliveryView(StrandDelivery delivery, List<Service> all) {
        String areaName = places.findArea(delivery.areaId()).map(AreaView::name).orElse("(removed area)");
        return new StrandDeliveryView(delivery.id(), delivery.strand(), delivery.areaId(), areaName,
                views(all.stream().filter(s -> s.delivers(delivery.strand())).toList()));
    }

    /** Every service by id, read once in a reading (a district has tens of services, not thousands). */
    private Map<UUID, ServiceView> everyService() {
        return reading.reference("organisation.services", () -> {
            Map<UUID, ServiceView> all = new java.util.LinkedHashMap<>();
            views(services.allWithGround()).forEach(v -> all.put(v.id(), v));
            return java.util.Collections.unmodifiableMap(all);
        });
    }

    private List<ServiceView> views(List<Service> list) {
        Map<UUID, String> agencyNames = agencies().stream().collect(Collectors.toMap(AgencyView::id, AgencyView::name));
        List<ServiceView> views = new ArrayList<>();
        for (Service s : list) {
            views.add(new ServiceView(s.id(), s.name(), s.agencyId(), agencyNames.get(s.agencyId()), s.description(),
                    s.boundary(), s.strands(), s.version()));
        }
        return views;
    }
}
