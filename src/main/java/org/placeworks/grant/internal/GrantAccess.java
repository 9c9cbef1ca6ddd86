package org.placeworks.grant.internal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.placeworks.geography.Coverage;
import org.placeworks.geography.Places;
import org.placeworks.identity.CurrentStaff;
import org.placeworks.identity.Roles;
import org.placeworks.organisation.AccessPolicy;
import org.placeworks.organisation.ServiceView;
import org.placeworks.organisation.Services;
import org.placeworks.organisation.StaffDirectory;
import org.placeworks.organisation.StaffView;
import org.placeworks.panel.Panels;
import org.placeworks.shared.NotFound;

/**
 * The one gate for grants. A fund, its requests, payments and exports belong to the fund's service:
 * they are seen by the service's own staff, the chair of the panel that decides the fund's grants,
 * managers whose boundary holds the service's whole boundary, and administrators; to anyone else they
 * do not exist (404). A finance officer of the fund's service records its payments and downloads its
 * returns, and never decides; the person who asked for a grant neither decides nor pays it; a chair's
 * delegated decision is only for funds of a panel they chair; an award is cancelled before payment by
 * the chair of the fund's panel or a manager who sees the fund (403, with a plain message).
 */
@RequestScoped
public class GrantAccess {

    @Inject
    CurrentStaff current;

    @Inject
    StaffDirectory staff;

    @Inject
    AccessPolicy policy;

    @Inject
    Services services;

    @Inject
    Places places;

    @Inject
    Panels panels;

    @Inject
    FundRepository funds;

    private Set<UUID> serviceIds;

    private Set<UUID> chairedPanels;

    private Set<UUID> fundIds;

    private FundReader reader;

    public boolean admin() {
        return current.has(Roles.ADMIN);
    }

    /** Services whose funds the reader sees: their own, and (managers) those wholly inside their boundary. */
    public Set<UUID> serviceIds() {
        if (serviceIds == null) {
            Set<UUID> ids = new HashSet<>();
            StaffView me = staff.me().filter(StaffView::active).orElse(null);
            if (me != null) {
                me.services().forEach(s -> ids.add(s.id()));
                if (current.has(Roles.MANAGER)) {
                    Coverage mine = policy.coverage();
                    var lookup = places.estateNeighbourhoodLookup();
                    for (ServiceView s : services.services()) {
                        if (mine.includes(places.coverageOf(s.boundary()), lookup)) {
                            ids.add(s.id());
                        }
                    }
                }
            }
            serviceIds = Set.copyOf(ids);
        }
        return serviceIds;
    }

    /** The services the reader is a member of (active staff only), whatever their role. */
    private Set<UUID> ownServiceIds() {
        return staff.me().filter(StaffView::active).map(me -> me.services().stream().map(ServiceView::id)
                .collect(Collectors.toUnmodifiableSet())).orElse(Set.of());
    }

    /**
     * Whether the reader's only part in grants is finance: they pay and download returns, and do not read
     * early help cases, so a request is shown to them without its case.
     */
    public boolean financeOnly() {
        return current.has(Roles.FINANCE) && !current.has(Roles.FRONTLINE) && !current.has(Roles.LEAD_PROFESSIONAL)
                && !current.has(Roles.PANEL_CHAIR) && !current.has(Roles.PANEL_MEMBER) && !current.has(Roles.MANAGER);
    }

    /** Panels the reader chairs (inside their boundary), whose funds they see and decide between meetings. */
    public Set<UUID> chairedPanels() {
        if (chairedPanels == null) {
            UUID me = staff.me().filter(StaffView::active).map(StaffView::id).orElse(null);
            chairedPanels = me == null || !current.has(Roles.PANEL_CHAIR) ? Set.of() : panels.chairedBy(me);
        }
        return chairedPanels;
    }

    /** The funds the reader sees, as one query. */
    public List<Fund> visibleFunds() {
        return admin() ? funds.all() : funds.ofServicesOrPanels(serviceIds(), chairedPanels());
    }

    public Set<UUID> visibleFundIds() {
        if (fundIds == null) {
            fundIds = visibleFunds().stream().map(Fund::id).collect(Collectors.toUnmodifiableSet());
        }
        return fundIds;
    }

    /** The reader as the grant rule sees them, built once a request. */
    public FundReader reader() {
        if (reader == null) {
            boolean finance = current.has(Roles.FINANCE);
            reader = new FundReader(admin(), serviceIds(), chairedPanels(), current.username(), finance,
                    finance ? ownServiceIds() : Set.of(), current.has(Roles.MANAGER));
        }
        return reader;
    }

    public boolean sees(Fund fund) {
        return reader().sees(fund);
    }

    /** The fund, if the reader may see it; otherwise, as far as they know, the record does not exist. */
    public Fund require(Fund fund, String kind, UUID id) {
        if (!sees(fund)) {
            throw new NotFound(kind, id);
        }
        return fund;
    }

    /** Whether the reader asked for this grant (and so may neither decide nor pay it). */
    public boolean askedFor(GrantRequest request) {
        return reader().askedFor(request);
    }

    public void requireMayDecide(Fund fund, GrantRequest request, boolean delegated) {
        reader().requireMayDecide(fund, request, delegated);
    }

    public boolean mayPay(Fund fund, GrantRequest request) {
        return reader().mayPay(fund, request);
    }

    public void requireMayPay(Fund fund, GrantRequest request) {
        reader().requireMayPay(fund, request);
    }

    public boolean mayCancel(Fund fund) {
        return reader().mayCancel(fund);
    }

    public boolean managesBudget(Fund fund) {
        return reader().managesBudget(fund);
    }

    public void requireMayManageBudget(Fund fund) {
        reader().requireMayManageBudget(fund);
    }

    public void requireMayCancel(Fund fund) {
        reader().requireMayCancel(fund);
    }
}
