package org.placeworks.insight;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.placeworks.audit.AuditAction;
import org.placeworks.audit.AuditTrail;
import org.placeworks.identity.CurrentStaff;
import org.placeworks.insight.internal.ManagedServices;
import org.placeworks.insight.internal.SustainmentCheck;
import org.placeworks.insight.internal.SustainmentCheckRepository;
import org.placeworks.insight.internal.SustainmentGate;
import org.placeworks.insight.internal.SustainmentScheduler;
import org.placeworks.organisation.AccessPolicy;
import org.placeworks.organisation.StaffDirectory;
import org.placeworks.organisation.StaffName;
import org.placeworks.shared.StaleEdit;
import org.placeworks.shared.Today;

/**
 * The 6-month sustainment checks of cases closed with their needs met: a lead professional's own checks coming
 * due, one check to read and record (its lead professional, managers of the owning service), and a manager's
 * overdue list and counts across their services. Every read of a check and every recording is audited.
 */
@ApplicationScoped
public class SustainmentChecks {

    public static final String KIND = "sustainment-check";
    /** How far ahead a lead professional's list looks. */
    public static final int DUE_AHEAD_DAYS = 30;

    @Inject
    SustainmentCheckRepository checks;

    @Inject
    SustainmentGate gate;

    @Inject
    ManagedServices managed;

    @Inject
    AccessPolicy policy;

    @Inject
    StaffDirectory staff;

    @Inject
    CurrentStaff current;

    @Inject
    AuditTrail audit;

    @Inject
    Today today;

    @Inject
    SustainmentScheduler scheduler;

    /** Makes the missing checks now, as the daily job does (the demo calls it after loading closed cases). */
    public int makeMissing() {
        return scheduler.makeMissingChecks();
    }

    /** The signed-in lead professional's checks not yet recorded, overdue and due in the next 30 days, soonest first. */
    @Transactional
    public List<SustainmentLine> mine() {
        UUID me = policy.staffFacts().staffId();
        if (me == null || !policy.staffFacts().active()) {
            return List.of();
        }
        return lines(checks.dueFor(me, today.date().plusDays(DUE_AHEAD_DAYS)));
    }

    /** One check, for its lead professional or a manager of the owning service (404 for anyone else); the read is audited. */
    @Transactional
    public SustainmentCheckView find(UUID id) {
        SustainmentCheck check = gate.open(id);
        audit.record(AuditAction.VIEW, KIND, id, "Viewed the sustainment check of case " + check.caseReference());
        return view(check);
    }

    /** Records whether each outcome held, refused when someone else recorded it since the form was opened. */
    @Transactional
    public void record(UUID id, Map<UUID, SustainmentAnswer> answers, Long version) {
        SustainmentCheck check = gate.open(id);
        StaleEdit.check("sustainment check", version, check.version());
        check.record(answers, current.username(), today.instant());
        long held = check.outcomes().stream().filter(o -> Boolean.TRUE.equals(o.held())).count();
        audit.record(AuditAction.UPDATE, KIND, id, "Recorded the sustainment check of case " + check.caseReference() + ": "
                + held + " of " + check.outcomes().size() + " outcomes held");
    }

    /** The overdue checks of the manager's services, oldest first; the list (case references, lead professionals) is audited. */
    @Transactional
    public List<SustainmentLine> overdue() {
        List<SustainmentLine> lines = lines(checks.overdue(managed.all(), managed.services(), today.date()));
        audit.record(AuditAction.VIEW, KIND, "overdue", "Listed " + lines.size() + " overdue sustainment checks");
        return lines;
    }

    /** How the manager's services' checks stand (raw: publish through Figure/Suppression). */
    @Transactional
    public SustainmentCounts counts() {
        LocalDate now = today.date();
        return checks.counts(managed.all(), managed.services(), now, now.plusDays(DUE_AHEAD_DAYS));
    }

    private List<SustainmentLine> lines(List<SustainmentCheck> found) {
        Map<UUID, StaffName> names = staff.names(leads(found));
        LocalDate now = today.date();
        return found.stream().map(c -> new SustainmentLine(c.id(), c.caseId(), c.caseReference(), name(names, c.leadProfessionalId()),
                c.closedOn(), c.dueOn(), !c.recorded() && c.dueOn().isBefore(now), c.outcomes().size())).toList();
    }

    private SustainmentCheckView view(SustainmentCheck c) {
        Map<UUID, StaffName> names = staff.names(Set.of(c.leadProfessionalId()));
        List<SustainmentCheckView.Outcome> outcomes = c.outcomes().stream()
                .map(o -> new SustainmentCheckView.Outcome(o.id(), o.headline(), o.need(), o.held(), o.evidence())).toList();
        return new SustainmentCheckView(c.id(), c.caseId(), c.caseReference(), c.closedOn(), c.dueOn(),
                !c.recorded() && c.dueOn().isBefore(today.date()), name(names, c.leadProfessionalId()), outcomes,
                c.recordedBy(), c.recordedAt(), c.version());
    }

    private static Collection<UUID> leads(List<SustainmentCheck> found) {
        Set<UUID> ids = new HashSet<>();
        found.forEach(c -> ids.add(c.leadProfessionalId()));
        return ids;
    }

    private static String name(Map<UUID, StaffName> names, UUID id) {
        StaffName n = names.get(id);
        return n == null ? "Unknown" : n.name();
    }
}
