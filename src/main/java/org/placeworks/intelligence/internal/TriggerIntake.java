package org.placeworks.intelligence.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.placeworks.intelligence.CommunityTrigger;
import org.placeworks.intelligence.ReporterDetails;
import org.placeworks.intelligence.TriggerReport;
import org.placeworks.intelligence.Victim;

/**
 * Hands each saved report to the Community Trigger, in the report's transaction: its category, dates and
 * place, and, when the reporter said it happened to them, only the keyed hashes of their email and phone.
 */
@ApplicationScoped
public class TriggerIntake {

    @Inject
    CommunityTrigger trigger;

    @Inject
    ReporterVault vault;

    public void saved(IntelReport r, ReporterDetails reporter) {
        boolean victim = r.victim() == Victim.YES;
        trigger.count(new TriggerReport(r.id(), r.reference(), r.category(), r.occurredOn(), r.receivedAt(), r.addressId(),
                r.neighbourhoodId(), r.estateId(), r.outsideArea(), victim,
                victim && reporter != null ? vault.emailMatch(reporter.email()) : null,
                victim && reporter != null ? vault.phoneMatch(reporter.phone()) : null));
    }
}
