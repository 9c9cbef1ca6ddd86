package org.placeworks.intelligence.internal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.placeworks.geography.AreaKind;
import org.placeworks.geography.AreaView;
import org.placeworks.geography.Coverage;
import org.placeworks.geography.Places;
import org.placeworks.identity.Roles;
import org.placeworks.organisation.AccessPolicy;
import org.placeworks.organisation.StaffFacts;
import org.placeworks.organisation.Strand;
import org.placeworks.shared.NotFound;

/**
 * The one rule for reading a confidential report, asked by pages, the API and every list. A report is
 * readable by an active intelligence officer whose Community Intelligence ground (the boundaries of their
 * services that deliver that strand) holds its place, and by every active intelligence officer when it is
 * outside our area. Anyone else, managers and administrators included, is told it does not exist (404):
 * they get counts elsewhere, never the content.
 */
@RequestScoped
public class ReportGate {

    /** The record kind in the audit trail. */
    public static final String KIND = "intel-report";

    @Inject
    AccessPolicy policy;

    @Inject
    IntelReportRepository reports;

    @Inject
    Places places;

    /**
     * The ground a reader's lists are filtered by in SQL: the neighbourhoods and estates they hold (an estate
     * also when every neighbourhood it lies in is held), and whether they see reports outside our area.
     */
    public record Ground(Set<UUID> neighbourhoods, Set<UUID> estates, boolean outsideArea) {

        public static final Ground NONE = new Ground(Set.of(), Set.of(), false);

        public Ground {
            neighbourhoods = Set.copyOf(neighbourhoods);
            estates = Set.copyOf(estates);
        }

        public boolean nothing() {
            return !outsideArea && neighbourhoods.isEmpty() && estates.isEmpty();
        }

        public boolean holds(IntelReport r) {
            return (r.outsideArea() && outsideArea) || (r.neighbourhoodId() != null && neighbourhoods.contains(r.neighbourhoodId()))
                    || (r.estateId() != null && estates.contains(r.estateId()));
        }
    }

    private Ground ground;

    /** The reader's ground, worked out once per request. */
    public Ground ground() {
        if (ground == null) {
            ground = computeGround();
        }
        return ground;
    }

    private Ground computeGround() {
        StaffFacts me = policy.staffFacts();
        if (!me.active() || !me.roles().contains(Roles.INTELLIGENCE_OFFICER)) {
            return Ground.NONE;
        }
        Coverage held = Coverage.NOWHERE;
        for (StaffFacts.ServiceGround service : me.services()) {
            if (service.strands().contains(Strand.COMMUNITY_INTELLIGENCE)) {
                held = held.plus(service.coverage());
            }
        }
        Set<UUID> neighbourhoods = new HashSet<>(held.neighbourhoods());
        Set<UUID> estates = new HashSet<>(held.estates());
        Function<UUID, Set<UUID>> estateNeighbourhoods = places.estateNeighbourhoodLookup();
        for (AreaView estate : places.areasOfKind(AreaKind.ESTATE)) {
            if (ReportPlaces.holdsEstate(held, estate.id(), estateNeighbourhoods.apply(estate.id()))) {
                estates.add(estate.id());
            }
        }
        if (held.everywhere()) {
            places.areasOfKind(AreaKind.NEIGHBOURHOOD).forEach(n -> neighbourhoods.add(n.id()));
        }
        return new Ground(neighbourhoods, estates, true);
    }

    public boolean mayRead(IntelReport report) {
        return ground().holds(report);
    }

    /** The report if the reader may read it; otherwise, as far as they know, it does not exist. */
    public IntelReport readable(UUID reportId) {
        IntelReport report = reports.findByIdOptional(reportId).orElseThrow(() -> new NotFound("report", reportId));
        if (!mayRead(report)) {
            throw new NotFound("report", reportId);
        }
        return report;
    }
}
