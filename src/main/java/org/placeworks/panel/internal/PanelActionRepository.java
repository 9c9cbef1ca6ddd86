package org.placeworks.panel.internal;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class PanelActionRepository implements PanacheRepositoryBase<PanelAction, UUID> {

    public List<PanelAction> ofMeeting(UUID meetingId) {
        return list("meetingId", Sort.by("dueOn"), meetingId);
    }

    /** Actions carried forward to be reviewed at this meeting. */
    public List<PanelAction> reviewedAt(UUID meetingId) {
        return list("reviewAtMeetingId", Sort.by("dueOn"), meetingId);
    }

    /** Open actions of a panel still waiting for review at (or set at) the given meeting. */
    public List<PanelAction> openToCarry(UUID panelId, UUID meetingId) {
        return list("panelId = ?1 and doneOn is null and (meetingId = ?2 or reviewAtMeetingId = ?2)", panelId, meetingId);
    }

    public List<PanelAction> open(Collection<UUID> panelIds) {
        return panelIds.isEmpty() ? List.of() : list("in_array(panelId, :panels) and doneOn is null", Sort.by("dueOn"),
                Parameters.with("panels", panelIds.toArray(UUID[]::new)));
    }

    /** Every open action due by the day (overdue ones too), for the owners' reminders. */
    public List<PanelAction> dueBy(java.time.LocalDate day) {
        return list("doneOn is null and dueOn <= ?1", Sort.by("dueOn"), day);
    }
}
