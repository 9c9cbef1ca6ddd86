package org.placeworks.panel.internal;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class DeclarationRepository implements PanacheRepositoryBase<Declaration, UUID> {

    /** Every declaration at a meeting, in one query for the whole agenda. */
    public List<Declaration> ofMeeting(UUID meetingId) {
        return list("meetingId", Sort.by("recordedAt"), meetingId);
    }

    public List<Declaration> ofItem(UUID itemId) {
        return list("itemId", Sort.by("recordedAt"), itemId);
    }

    /** The agencies whose attendee withdrew from the item. */
    public static Set<UUID> withdrawnAgencies(List<Declaration> ofItem) {
        return ofItem.stream().filter(d -> d.withdrew() && !d.chairing() && d.agencyId() != null)
                .map(Declaration::agencyId).collect(Collectors.toSet());
    }

    public static boolean chairWithdrew(List<Declaration> ofItem) {
        return ofItem.stream().anyMatch(d -> d.withdrew() && d.chairing());
    }
}
