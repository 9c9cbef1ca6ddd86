package org.placeworks.estate.internal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.placeworks.estate.internal.EstateRule.Sight;
import org.placeworks.geography.AddressView;
import org.placeworks.organisation.AccessPolicy;
import org.placeworks.organisation.StaffFacts;
import org.placeworks.organisation.Strand;
import org.placeworks.shared.Forbidden;
import org.placeworks.shared.NotFound;

/**
 * The one gate every read, change and list of an estate record goes through (issues, engagement
 * events): a record owned by a service at a place, decided by {@link EstateRule} on the reader's facts
 * from {@link AccessPolicy#staffFacts()}. A record the reader may not see is a NotFound; one they may
 * see but not change is a Forbidden on a change.
 */
@RequestScoped
public class EstateGate {

    @Inject
    AccessPolicy policy;

    /** A place as the rule needs it: the neighbourhood and estate a record lies in. */
    public static AddressView place(UUID neighbourhoodId, UUID estateId) {
        return new AddressView(null, 0, "", null, "", "", neighbourhoodId, null, estateId, null, 0);
    }

    public Sight sight(UUID owningServiceId, AddressView place) {
        return EstateRule.decide(policy.staffFacts(), owningServiceId, place);
    }

    public boolean readable(UUID owningServiceId, AddressView place) {
        return sight(owningServiceId, place).reads();
    }

    public boolean changeable(UUID owningServiceId, AddressView place) {
        return sight(owningServiceId, place).changes();
    }

    /** Refuses with 404 a record of {@code kind} the reader may not know of. */
    public Sight requireReadable(String kind, UUID recordId, UUID owningServiceId, AddressView place) {
        Sight sight = sight(owningServiceId, place);
        if (!sight.reads()) {
            throw new NotFound(kind, recordId);
        }
        return sight;
    }

    /** Refuses with 404 a record the reader may not know of, and with 403 one they may only read. */
    public void requireChangeable(String kind, UUID recordId, UUID owningServiceId, AddressView place, String serviceName) {
        if (!requireReadable(kind, recordId, owningServiceId, place).changes()) {
            throw new Forbidden("Only " + (serviceName == null ? "the owning service" : serviceName)
                    + " can change this " + kind + ".");
        }
    }

    /** Whether the reader works with estate records at all (an active estate officer or manager). */
    public boolean works() {
        return EstateRule.works(policy.staffFacts());
    }

    /** The services of the reader that deliver Estate Services, for choosing who reports or owns. */
    public Set<UUID> myEstateServices() {
        StaffFacts me = policy.staffFacts();
        if (!EstateRule.works(me)) {
            return Set.of();
        }
        Set<UUID> mine = new HashSet<>();
        me.services().stream().filter(s -> s.strands().contains(Strand.ESTATE_SERVICES)).forEach(s -> mine.add(s.serviceId()));
        return mine;
    }

    /** The reader's sight for lists: filter with {@link EstateScope#where}. */
    public EstateScope scope() {
        return EstateRule.scope(policy.staffFacts());
    }
}
