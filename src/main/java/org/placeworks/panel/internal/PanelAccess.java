package org.placeworks.panel.internal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.placeworks.caf.Consents;
import org.placeworks.geography.AreaKind;
import org.placeworks.geography.AreaView;
import org.placeworks.geography.Coverage;
import org.placeworks.geography.Places;
import org.placeworks.identity.CurrentStaff;
import org.placeworks.identity.Roles;
import org.placeworks.organisation.AccessPolicy;
import org.placeworks.organisation.StaffDirectory;
import org.placeworks.organisation.StaffView;
import org.placeworks.shared.Forbidden;
import org.placeworks.shared.NotFound;

/**
 * The one gate for the panel: who may see and do what. Managers and chairs see only panels whose
 * locality lies inside their boundary, and the chair runs only their own panel; a member (or deputy)
 * with the panel-member role reads their panel's agenda from publication until the end of the window
 * after the meeting, and of its items only those the family's consent in force lets the panel discuss
 * with their agency. Anyone else does not know the meeting or item exists (404, never 403).
 */
@RequestScoped
public class PanelAccess {

    @Inject
    org.placeworks.organisation.RowScope rows;

    @Inject
    CurrentStaff current;

    @Inject
    StaffDirectory staff;

    @Inject
    AccessPolicy policy;

    @Inject
    Places places;

    @Inject
    Consents consents;

    @Inject
    PanelRepository panels;

    private Optional<StaffView> me;

    private Set<UUID> localities;

    private PanelReader reader;

    public Optional<StaffView> me() {
        if (me == null) {
            me = staff.me();
        }
        return me;
    }

    public UUID myId() {
        return me().map(StaffView::id).orElse(null);
    }

    public UUID myAgencyId() {
        return me().map(StaffView::agencyId).orElse(null);
    }

    public String username() {
        return current.username();
    }

    /** The reader as the panel rule sees them, built once a request. */
    public PanelReader reader() {
        if (reader == null) {
            reader = new PanelReader(current.has(Roles.ADMIN), current.has(Roles.MANAGER), current.has(Roles.PANEL_CHAIR),
                    current.has(Roles.PANEL_MEMBER), myId(), localitiesInBoundary());
        }
        return reader;
    }

    /** Administrators and managers set panels up. */
    public boolean setsUp() {
        return current.has(Roles.ADMIN) || current.has(Roles.MANAGER);
    }

    public boolean chairs(Panel panel) {
        return reader().chairs(panel);
    }

    /** The chair or the deputy chair: whoever may run the panel's meetings. */
    public boolean runs(Panel panel) {
        return reader().runs(panel);
    }

    public boolean deputises(Panel panel) {
        return reader().deputises(panel);
    }

    public boolean sitsOn(Panel panel) {
        return reader().sitsOn(panel);
    }

    /** Whether the reader may know the panel exists and see its meetings listed. */
    public boolean seesPanel(Panel panel) {
        return reader().seesPanel(panel);
    }

    /** Whether the reader sees every item of the panel's meetings, whatever agency the family agreed to. */
    public boolean seesEveryItem(Panel panel) {
        return reader().seesEveryItem(panel);
    }

    /** Whether the reader may read the agenda of this meeting today (each item still passes {@link #withheld}). */
    public boolean readsAgenda(Panel panel, Meeting meeting, LocalDate today, int windowDays) {
        return reader().readsAgenda(panel, meeting, today, windowDays);
    }

    /**
     * The agency whose consent decides what the reader is shown: empty for those who see every item,
     * otherwise the reader's own agency.
     */
    public Optional<UUID> toldAs(Panel panel) {
        if (seesEveryItem(panel)) {
            return Optional.empty();
        }
        return Optional.of(myAgencyId() == null ? new UUID(0, 0) : myAgencyId());
    }

    /**
     * Of these cases, those the panel may not discuss with the agency, by the consent in force now:
     * one query for the whole page, never one per item.
     */
    public Set<UUID> withheld(UUID agencyId, Collection<UUID> caseIds) {
        if (caseIds.isEmpty()) {
            return Set.of();
        }
        // The families' consent decides what each agency is told, whoever asks: read past the database's wall.
        Map<UUID, Set<UUID>> tellable = rows.acrossBoundaries(() -> consents.tellableAgencies(new HashSet<>(caseIds)));
        return caseIds.stream().filter(c -> !tellable.getOrDefault(c, Set.of()).contains(agencyId))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Of these cases, those the reader may not be told about at this panel. */
    public Set<UUID> withheldFromReader(Panel panel, Collection<UUID> caseIds) {
        return toldAs(panel).map(agency -> withheld(agency, caseIds)).orElse(Set.of());
    }

    public void requireAgenda(Panel panel, Meeting meeting, LocalDate today, int windowDays) {
        if (!readsAgenda(panel, meeting, today, windowDays)) {
            throw new NotFound("panel meeting", meeting.id());
        }
    }

    /**
     * Only the panel's chair or deputy chair runs its meetings; others who can see the meeting are refused,
     * the rest get 404.
     */
    public void requireChair(Panel panel, Meeting meeting, LocalDate today, int windowDays) {
        if (runs(panel)) {
            return;
        }
        requireAgenda(panel, meeting, today, windowDays);
        throw new Forbidden("Only the chair or deputy chair of " + panel.name() + " can do this.");
    }

    public void requirePanel(Panel panel) {
        if (!seesPanel(panel)) {
            throw new NotFound("panel", panel.id());
        }
    }

    /** The panels the reader may see, with their members: every panel list starts here. */
    public java.util.List<Panel> visiblePanels() {
        return panels.inLocalitiesOrWith(localitiesInBoundary(), myId()).stream().filter(this::seesPanel).toList();
    }

    /**
     * The localities whose panels the reader may see by boundary (managers and chairs), for lists
     * filtered in the query; everyone else sees panels only by sitting on them.
     */
    public Set<UUID> localitiesInBoundary() {
        if (localities == null) {
            Coverage mine = policy.coverage();
            var lookup = places.estateNeighbourhoodLookup();
            localities = places.areasOfKind(AreaKind.LOCALITY).stream()
                    .filter(l -> mine.includes(places.coverageOf(Set.of(l.id())), lookup)).map(AreaView::id)
                    .collect(Collectors.toUnmodifiableSet());
        }
        return localities;
    }
}
