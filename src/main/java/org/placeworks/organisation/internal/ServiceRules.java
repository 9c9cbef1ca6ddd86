package org.placeworks.organisation.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.placeworks.geography.AreaView;
import org.placeworks.geography.Coverage;
import org.placeworks.geography.Places;
import org.placeworks.shared.InvalidInput;

/** A service's fields, and the rule that every place a strand runs is covered by a service delivering it. */
@ApplicationScoped
public class ServiceRules {

    @Inject
    ServiceRepository services;

    @Inject
    AgencyRepository agencies;

    @Inject
    Places places;

    public Service create(org.placeworks.organisation.ServiceCommand command) {
        check(command, null);
        Service service = new Service(UUID.randomUUID());
        service.apply(command);
        return service;
    }

    public void change(Service service, org.placeworks.organisation.ServiceCommand command) {
        check(command, service.id());
        service.apply(command);
    }

    private void check(org.placeworks.organisation.ServiceCommand c, UUID self) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (c.name() == null || c.name().isBlank()) {
            problems.put("name", "Enter the service's name");
        } else if (c.name().strip().length() > 120) {
            problems.put("name", "Name must be 120 characters or fewer");
        } else if (services.byName(c.name()).filter(s -> !s.id().equals(self)).isPresent()) {
            problems.put("name", "A service called " + c.name().strip() + " already exists");
        }
        if (c.agencyId() == null || agencies.findByIdOptional(c.agencyId()).isEmpty()) {
            problems.put("agencyId", "Select the agency that runs the service");
        }
        if (c.boundary() == null || c.boundary().isEmpty()) {
            problems.put("boundary", "Select at least one area for the service's boundary");
        } else if (c.boundary().stream().anyMatch(id -> places.findArea(id).isEmpty())) {
            problems.put("boundary", "The boundary names an area that does not exist");
        }
        if (c.strands() == null) {
            problems.put("strands", "Select the strands the service delivers, or none");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    /** Every place a strand runs must lie inside the boundaries of the services delivering it. */
    public void checkDeliveries(List<Service> all, List<StrandDelivery> deliveries) {
        for (StrandDelivery delivery : deliveries) {
            checkDelivery(delivery, all, "boundary");
        }
    }

    public void checkDelivery(StrandDelivery delivery, List<Service> all, String field) {
        Coverage delivered = all.stream().filter(s -> s.delivers(delivery.strand()))
                .map(s -> places.coverageOf(s.boundary())).reduce(Coverage.NOWHERE, Coverage::plus);
        Coverage needed = places.coverageOf(Set.of(delivery.areaId()));
        Function<UUID, Set<UUID>> estateNeighbourhoods = places.estateNeighbourhoodLookup();
        if (delivered.includes(needed, estateNeighbourhoods)) {
            return;
        }
        Set<UUID> uncovered = needed.neighbourhoods().stream().filter(n -> !delivered.neighbourhoods().contains(n))
                .collect(Collectors.toSet());
        String where = places.findArea(delivery.areaId()).map(AreaView::name).orElse("the area");
        String missing = uncovered.stream().map(places::findArea).flatMap(java.util.Optional::stream)
                .map(AreaView::name).sorted().collect(Collectors.joining(", "));
        throw new InvalidInput(field, delivery.strand().label() + " in " + where
                + " would need a boundary no service delivering it has"
                + (missing.isEmpty() ? "." : ": " + missing + " would not be covered."));
    }
}
