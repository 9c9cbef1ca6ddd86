package org.placeworks.intelligence.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.placeworks.intelligence.ReporterDetails;
import org.placeworks.intelligence.TriggerReport;
import org.placeworks.intelligence.Victim;

/**
 * Tells the Community Trigger of each saved report (a synchronous event, so it is counted in the report's
 * transaction): its category, dates and place, and, when the reporter said it happened to them, only the keyed hashes of their email and phone.
 */
@ApplicationScoped
public class TriggerIntake {

    @Inject
    Event<TriggerReport> counting;

    @Inject
    ReporterVault vault;

    public void saved(IntelReport r, ReporterDetails reporter) {
        boolean victim = r.victim() == Victim.YES;
        counting.fire(new TriggerReport(r.id(), r.reference(), r.category(), r.occurredOn(), r.receivedAt(), r.addressId(),
                r.neighbourhoodId(), r.estateId(), r.outsideArea(), victim,
                victim && reporter != null ? vault.emailMatch(reporter.email()) : null,
                victim && reporter != null ? vault.phoneMatch(reporter.phone()) : null));
    }
}
