package org.placeworks.intelligence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.placeworks.audit.AuditAction;
import org.placeworks.audit.AuditTrail;
import org.placeworks.identity.CurrentStaff;
import org.placeworks.intelligence.internal.Dissemination;
import org.placeworks.intelligence.internal.DisseminationRepository;
import org.placeworks.intelligence.internal.PassedOnGate;
import org.placeworks.organisation.ServiceView;
import org.placeworks.organisation.Services;
import org.placeworks.shared.StaleEdit;

/**
 * The receiving side of Community Intelligence: reports passed to the services the signed-in member of
 * staff belongs to, as sent (sanitised), and their acknowledgement. Every read goes through
 * {@link PassedOnGate}; nothing here reads a report or its reporter.
 */
@ApplicationScoped
public class PassedOn {

    public static final int PAGE_SIZE = 25;

    @Inject
    DisseminationRepository disseminations;

    @Inject
    PassedOnGate gate;

    @Inject
    Services services;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentStaff current;

    @Inject
    Clock clock;

    /** A page of what was passed to my services, newest first. */
    public record PassedOnPage(List<PassedOnView> reports, int page, boolean more, long waiting) {
    }

    @Transactional
    public PassedOnPage list(int page) {
        Set<UUID> mine = gate.myServices();
        int index = Math.max(page, 0);
        // One more than a page, to know whether another follows; each page starts a whole page on from the last.
        List<Dissemination> found = disseminations.toServices(mine, (long) index * PAGE_SIZE, PAGE_SIZE + 1);
        boolean more = found.size() > PAGE_SIZE;
        List<PassedOnView> views = views(found.stream().limit(PAGE_SIZE).toList());
        audit.record(AuditAction.VIEW, PassedOnGate.KIND, "list", "Reports passed to my services, page " + (index + 1));
        return new PassedOnPage(views, index, more, disseminations.waitingAt(mine));
    }

    /** How many passed-on reports wait for my services to acknowledge them (the home page's count). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long waiting() {
        return disseminations.waitingAt(gate.myServices());
    }

    @Transactional
    public PassedOnView find(UUID id) {
        Dissemination d = gate.readable(id);
        audit.record(AuditAction.VIEW, PassedOnGate.KIND, id, "Read a report passed on to the service");
        return views(List.of(d)).get(0);
    }

    @Transactional
    public PassedOnView acknowledge(UUID id, Long version) {
        Dissemination d = gate.readable(id);
        StaleEdit.check("passed-on report", version, d.version());
        gate.acknowledge(d, current.username(), clock.instant());
        disseminations.flush();
        audit.record(AuditAction.UPDATE, PassedOnGate.KIND, id, "Acknowledged a report passed on to the service");
        return views(List.of(d)).get(0);
    }

    private List<PassedOnView> views(List<Dissemination> list) {
        Map<UUID, ServiceView> byId = services.servicesByIds(list.stream().map(Dissemination::serviceId).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(ServiceView::id, Function.identity()));
        return list.stream().map(d -> view(d, byId.get(d.serviceId()))).toList();
    }

    static PassedOnView view(Dissemination d, ServiceView service) {
        Grading g = d.grading();
        return new PassedOnView(d.id(), d.serviceId(), service == null ? d.otherCouncil() : service.name(), d.strand(),
                d.category().label(), d.occurredOn(), d.place(), d.summary(), g.code(), g.words(), g.conditions(), d.sentAt(),
                d.acknowledgedBy(), d.acknowledgedAt(), d.referralCaseId(), d.referralCaseReference(), d.version());
    }
}
