package org.placeworks.panel;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.placeworks.organisation.StaffName;

/** A panel as its pages and the API show it. */
public record PanelView(UUID id, String name, UUID localityId, String localityName, StaffName chair, StaffName deputyChair,
        int cadenceWeek,
        DayOfWeek cadenceDay, String cadence, LocalTime startTime, String venue, int cutOffDays, int minutesPerItem,
        int quorumAgencies, List<Member> members, long version, List<UUID> quorumAgencyIds, List<String> quorumAgencyNames) {

    /** Whether the quorum needs this agency. */
    public boolean quorumNeeds(UUID agencyId) {
        return quorumAgencyIds.contains(agencyId);
    }

    /** A member agency, its named member and their deputy. */
    public record Member(UUID id, UUID agencyId, String agencyName, StaffName member, StaffName deputy) {
    }
}
