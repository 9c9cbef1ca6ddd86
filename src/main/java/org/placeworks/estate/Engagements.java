package org.placeworks.estate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.placeworks.audit.AuditAction;
import org.placeworks.audit.AuditTrail;
import org.placeworks.estate.internal.EngagementAction;
import org.placeworks.estate.internal.EngagementActionRepository;
import org.placeworks.estate.internal.EngagementEvent;
import org.placeworks.estate.internal.EngagementEventRepository;
import org.placeworks.estate.internal.EngagementScope;
import org.placeworks.geography.AddressView;
import org.placeworks.geography.AreaKind;
import org.placeworks.geography.AreaView;
import org.placeworks.geography.Places;
import org.placeworks.identity.CurrentStaff;
import org.placeworks.organisation.ServiceView;
import org.placeworks.organisation.Services;
import org.placeworks.organisation.StaffDirectory;
import org.placeworks.organisation.StaffName;
import org.placeworks.organisation.StaffView;
import org.placeworks.organisation.Strand;
import org.placeworks.shared.InvalidInput;
import org.placeworks.shared.NotFound;
import org.placeworks.shared.StaleEdit;
import org.placeworks.shared.Text;
import org.placeworks.shared.Today;

/**
 * Community engagement on the estate: events recorded by the service that held them (which must
 * deliver Estate Services and cover the place), the actions agreed there, and each owner's open
 * actions. Every read of an event and every change is audited: notes may name residents.
 */
@ApplicationScoped
public class Engagements {

    private static final String KIND = EngagementScope.KIND;
    private static final int MOST_DESCRIBED = 2_000;

    @Inject
    EngagementEventRepository events;

    @Inject
    EngagementActionRepository actions;

    @Inject
    EngagementScope scope;

    @Inject
    Places places;

    @Inject
    Services services;

    @Inject
    StaffDirectory staff;

    @Inject
    CurrentStaff current;

    @Inject
    AuditTrail audit;

    @Inject
    Today today;

    // --- Reading ------------------------------------------------------------------------

    /** One page of the events the reader may see, newest first, filtered in the query. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public EngagementList list(EngagementFilter filter) {
        var visible = scope.listScope();
        long total = events.count(visible, filter.kind(), filter.placeId());
        List<EngagementEvent> page = events.page(visible, filter.kind(), filter.placeId(), filter.page() - 1,
                EngagementFilter.PAGE_SIZE);
        Map<UUID, Long> open = actions.openCounts(page.stream().map(EngagementEvent::id).toList());
        Map<UUID, String> areas = areaNames();
        Map<UUID, String> serviceNames = serviceNames(page.stream().map(EngagementEvent::owningServiceId).collect(Collectors.toSet()));
        List<EngagementSummary> rows = page.stream().map(e -> new EngagementSummary(e.id(), e.kind(), e.title(), e.heldOn(),
                e.plannedOn(today.date()), place(e, areas), serviceNames.get(e.owningServiceId()), e.attendance(),
                open.getOrDefault(e.id(), 0L))).toList();
        return new EngagementList(rows, filter.page(), EngagementFilter.PAGE_SIZE, total);
    }

    /** The event with its actions, if the reader may see it; the read is audited. */
    @Transactional
    public EngagementView event(UUID id) {
        EngagementEvent event = scope.requireReadable(find(id));
        audit.record(AuditAction.VIEW, KIND, id, "Viewed " + event.title() + " on " + event.heldOn());
        return view(event);
    }

    /** The estates, and the neighbourhoods of each, that events are recorded at and filtered by. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<EngagementPlaceOption> places() {
        Map<UUID, String> names = areaNames();
        List<EngagementPlaceOption> options = new ArrayList<>();
        for (AreaView estate : places.areasOfKind(AreaKind.ESTATE)) {
            options.add(new EngagementPlaceOption(estate.id(), estate.id(), estate.name()));
            places.estateNeighbourhoods(estate.id()).stream().map(n -> new EngagementPlaceOption(n, estate.id(),
                    estate.name() + ": " + names.get(n))).sorted(java.util.Comparator.comparing(EngagementPlaceOption::label))
                    .forEach(options::add);
        }
        return options;
    }

    /** The Estate Services services the reader may record events for: those they work for. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, String> servicesToRecordFor() {
        Map<UUID, String> mine = new LinkedHashMap<>();
        staff.me().filter(StaffView::active).ifPresent(me -> me.services().stream()
                .filter(s -> s.strands().contains(Strand.ESTATE_SERVICES) && scope.worksFor(s.id()))
                .forEach(s -> mine.put(s.id(), s.name())));
        return mine;
    }

    /** Refuses, before a change form is even shown, someone who may not change the event (404 or 403). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void requireMayChange(UUID id) {
        scope.requireChangeable(find(id));
    }

    /** Who may own an action of the event: the active staff of the service that held it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StaffName> possibleOwners(UUID eventId) {
        EngagementEvent event = scope.requireReadable(find(eventId));
        return owners(event.owningServiceId());
    }

    /** The signed-in person's open actions across every event they may see, soonest due first (so overdue first). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<EngagementActionView> myActions() {
        UUID me = staff.me().filter(StaffView::active).map(StaffView::id).orElse(null);
        if (me == null) {
            return List.of();
        }
        List<EngagementAction> mine = actions.openOwnedBy(me);
        Map<UUID, EngagementEvent> byId = new HashMap<>();
        if (!mine.isEmpty()) {
            events.byIds(mine.stream().map(EngagementAction::eventId).collect(Collectors.toSet()))
                    .forEach(e -> byId.put(e.id(), e));
        }
        Map<UUID, StaffName> names = staff.names(Set.of(me));
        return mine.stream().filter(a -> scope.readable(byId.get(a.eventId())))
                .map(a -> actionView(a, byId.get(a.eventId()), names)).toList();
    }

    // --- Changing -----------------------------------------------------------------------

    /** Records an event for a service the reader works for, whose Estate Services boundary holds the place. */
    @Transactional
    public UUID record(EngagementCommand command) {
        if (command == null) {
            throw new InvalidInput("body", "Send the event's details");
        }
        EngagementEvent.Details details = details(command);
        Map<String, String> problems = new LinkedHashMap<>(EngagementEvent.problems(details, today.date()));
        if (command.serviceId() == null) {
            problems.put("serviceId", "Select the service that held the event");
        } else if (!scope.worksFor(command.serviceId())) {
            problems.put("serviceId", "Select a service you work for: you can record events only for your own service");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        requireOwner(command.serviceId(), details);
        EngagementEvent event = new EngagementEvent(command.serviceId(), details, today.date(), current.username(), today.instant());
        events.persist(event);
        audit.record(AuditAction.CREATE, KIND, event.id(), "Recorded " + event.title() + " on " + event.heldOn());
        return event.id();
    }

    /** Changes an event as its editor read it: a stale version is refused; the service that held it stays. */
    @Transactional
    public void change(UUID id, EngagementCommand command) {
        EngagementEvent event = scope.requireChangeable(find(id));
        if (command == null) {
            throw new InvalidInput("body", "Send the event's details");
        }
        StaleEdit.check("event", command.version(), event.version());
        EngagementEvent.Details details = details(command);
        Map<String, String> problems = new LinkedHashMap<>(EngagementEvent.problems(details, today.date()));
        if (command.serviceId() != null && !command.serviceId().equals(event.owningServiceId())) {
            problems.put("serviceId", "An event stays with the service that held it");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        requireOwner(event.owningServiceId(), details);
        event.change(details, today.date());
        events.flush();
        audit.record(AuditAction.UPDATE, KIND, id, "Changed " + event.title() + " on " + event.heldOn());
    }

    /** Adds an action to the event, owned by a member of the event's service, due no earlier than the event. */
    @Transactional
    public UUID addAction(UUID eventId, EngagementActionCommand command) {
        EngagementEvent event = scope.requireChangeable(find(eventId));
        if (command == null) {
            throw new InvalidInput("body", "Send the action's details");
        }
        Map<String, String> problems = new LinkedHashMap<>();
        String description = text(command.description(), "What is to be done", MOST_DESCRIBED, "description", problems);
        if (description == null && !problems.containsKey("description")) {
            problems.put("description", "Enter what is to be done");
        }
        if (command.ownerStaffId() == null) {
            problems.put("ownerStaffId", "Select who will do it");
        } else if (owners(event.owningServiceId()).stream().noneMatch(s -> s.id().equals(command.ownerStaffId()))) {
            problems.put("ownerStaffId", "Select someone who works for " + services.service(event.owningServiceId()).name());
        }
        if (command.dueOn() == null) {
            problems.put("dueOn", "Enter the date it is due");
        } else if (command.dueOn().isBefore(event.heldOn())) {
            problems.put("dueOn", "The due date must be on or after the day of the event");
        } else if (command.dueOn().isAfter(today.date().plusYears(2))) {
            problems.put("dueOn", "The due date must be within the next 2 years");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        EngagementAction action = new EngagementAction(eventId, description, command.ownerStaffId(), command.dueOn(),
                current.username(), today.instant());
        actions.persist(action);
        audit.record(AuditAction.UPDATE, KIND, eventId, "Added an action: " + description);
        return action.id();
    }

    /** Marks an action done today by the reader, as they read it (a stale version is refused). */
    @Transactional
    public void markDone(UUID eventId, UUID actionId, EngagementActionDone command) {
        EngagementEvent event = scope.requireChangeable(find(eventId));
        EngagementAction action = actions.findByIdOptional(actionId).filter(a -> a.eventId().equals(event.id()))
                .orElseThrow(() -> new NotFound("engagement action", actionId));
        StaleEdit.check("action", command == null ? null : command.version(), action.version());
        String by = staff.me().map(StaffView::name).orElse(current.username());
        action.markDone(today.date(), by);
        actions.flush();
        audit.record(AuditAction.UPDATE, KIND, eventId, "Marked done: " + action.description());
    }

    // --- Rules and views ----------------------------------------------------------------

    private EngagementEvent find(UUID id) {
        return events.findByIdOptional(id).orElseThrow(() -> new NotFound(KIND, id));
    }

    /** The command as typed values: the place checked to be an estate and, if given, one of its neighbourhoods. */
    private EngagementEvent.Details details(EngagementCommand c) {
        Map<String, String> problems = new LinkedHashMap<>();
        String otherName = text(c.otherName(), "The name of the event", Text.SHORT, "otherName", problems);
        String spot = text(c.spot(), "Where on the estate", Text.SHORT, "spot", problems);
        String attendedBy = text(c.attendedBy(), "Who attended", MOST_DESCRIBED, "attendedBy", problems);
        String notes = text(c.notes(), "Notes", Text.LONG, "notes", problems);
        if (c.estateId() != null && places.findArea(c.estateId()).filter(a -> a.kind() == AreaKind.ESTATE).isEmpty()) {
            problems.put("estateId", "Select the estate from the list");
        } else if (c.neighbourhoodId() != null && (c.estateId() == null
                || !places.estateNeighbourhoods(c.estateId()).contains(c.neighbourhoodId()))) {
            problems.put("neighbourhoodId", "Select a neighbourhood the estate is in, or the whole estate");
        }
        EngagementEvent.Details details = new EngagementEvent.Details(c.kind(), otherName, c.heldOn(), c.estateId(),
                c.neighbourhoodId(), spot, c.attendance(), attendedBy, notes);
        if (!problems.isEmpty()) {
            problems.putAll(EngagementEvent.problems(details, today.date()));
            throw new InvalidInput(problems);
        }
        return details;
    }

    /** The boundary invariant: the service delivers Estate Services and its boundary holds the whole place. */
    private void requireOwner(UUID serviceId, EngagementEvent.Details details) {
        for (AddressView address : scope.addresses(details.estateId(), details.neighbourhoodId())) {
            try {
                services.requireOwner(Strand.ESTATE_SERVICES, serviceId, address);
            } catch (InvalidInput refused) {
                String estate = places.area(details.estateId()).name();
                throw new org.placeworks.shared.OutsideBoundary("serviceId", services.service(serviceId).name() + " does not cover "
                        + (details.neighbourhoodId() == null ? "all of " + estate : "that part of " + estate)
                        + " for Estate Services, so it cannot hold an event there. Choose the neighbourhood the event was in, "
                        + "or the service that covers the place.");
            }
        }
    }

    private static String text(String value, String label, int max, String field, Map<String, String> problems) {
        var problem = Text.problem(label, value, max);
        if (problem.isPresent()) {
            problems.put(field, problem.get());
            return null;
        }
        return value == null || value.isBlank() ? null : value.strip();
    }

    private List<StaffName> owners(UUID serviceId) {
        return staff.membersOf(serviceId).stream().filter(StaffView::active)
                .map(s -> new StaffName(s.id(), s.username(), s.name(), s.agencyId(), s.agencyName(), true))
                .sorted(java.util.Comparator.comparing(StaffName::name)).toList();
    }

    private EngagementView view(EngagementEvent e) {
        Map<UUID, String> areas = areaNames();
        List<EngagementAction> list = actions.ofEvent(e.id());
        Map<UUID, StaffName> names = staff.names(list.stream().map(EngagementAction::ownerStaffId).collect(Collectors.toSet()));
        return new EngagementView(e.id(), e.kind(), e.otherName(), e.title(), e.heldOn(), e.plannedOn(today.date()),
                e.estateId(), areas.get(e.estateId()), e.neighbourhoodId(),
                e.neighbourhoodId() == null ? null : areas.get(e.neighbourhoodId()), e.spot(), place(e, areas),
                e.owningServiceId(), services.service(e.owningServiceId()).name(), e.attendance(), e.attendedBy(), e.notes(),
                e.recordedBy(), e.recordedAt(), e.version(), list.stream().map(a -> actionView(a, e, names)).toList(),
                scope.changeable(e));
    }

    private EngagementActionView actionView(EngagementAction a, EngagementEvent e, Map<UUID, StaffName> names) {
        StaffName owner = names.get(a.ownerStaffId());
        return new EngagementActionView(a.id(), e.id(), e.title(), e.heldOn(), a.description(), a.ownerStaffId(),
                owner == null ? "" : owner.name(), a.dueOn(), a.doneOn(), a.doneBy(), a.overdueOn(today.date()), a.version());
    }

    private static String place(EngagementEvent e, Map<UUID, String> areas) {
        StringBuilder text = new StringBuilder(areas.getOrDefault(e.estateId(), ""));
        if (e.neighbourhoodId() != null) {
            text.append(", ").append(areas.get(e.neighbourhoodId()));
        }
        if (e.spot() != null) {
            text.append(": ").append(e.spot());
        }
        return text.toString();
    }

    private Map<UUID, String> areaNames() {
        Map<UUID, String> names = new HashMap<>();
        places.areasOfKind(AreaKind.ESTATE).forEach(a -> names.put(a.id(), a.name()));
        places.areasOfKind(AreaKind.NEIGHBOURHOOD).forEach(a -> names.put(a.id(), a.name()));
        return names;
    }

    private Map<UUID, String> serviceNames(Collection<UUID> ids) {
        return ids.isEmpty() ? Map.of()
                : services.servicesByIds(Set.copyOf(ids)).stream().collect(Collectors.toMap(ServiceView::id, ServiceView::name));
    }
}
