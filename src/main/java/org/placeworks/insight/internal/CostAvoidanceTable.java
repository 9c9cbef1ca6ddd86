package org.placeworks.insight.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.placeworks.caf.HeadlineOutcome;
import org.placeworks.insight.CostAvoidanceEstimate;
import org.placeworks.insight.InsightFilter;
import org.placeworks.insight.InsightTable;
import org.placeworks.insight.InsightTableSource;
import org.placeworks.organisation.Strand;
import org.placeworks.shared.Today;

/** The cost-avoidance estimate as an insight table: sustained outcomes of the manager's services in the filter's period. */
@ApplicationScoped
public class CostAvoidanceTable implements InsightTableSource {

    @Inject
    SustainmentCheckRepository checks;

    @Inject
    ManagedServices managed;

    @Inject
    ImpactSettings settings;

    @Override
    public String id() {
        return CostAvoidanceEstimate.ID;
    }

    @Override
    public String title() {
        return CostAvoidanceEstimate.TITLE;
    }

    @Override
    public InsightTable table(InsightFilter filter) {
        Map<HeadlineOutcome, Long> held = filter.includes(Strand.EARLY_INTERVENTION)
                ? checks.heldByHeadline(managed.all(), managed.services(), filter.service(), filter.worker(),
                        filter.firstDay().atStartOfDay(Today.LONDON).toInstant(),
                        filter.lastDay().plusDays(1).atStartOfDay(Today.LONDON).toInstant())
                : Map.of();
        return CostAvoidanceEstimate.table(unitCosts(), held, filter.periodLabel());
    }

    List<CostAvoidanceEstimate.UnitCost> unitCosts() {
        return settings.unitCosts().entrySet().stream()
                .map(e -> new CostAvoidanceEstimate.UnitCost(e.getKey(), e.getValue().label(), e.getValue().pence(),
                        e.getValue().source(), e.getValue().year(), e.getValue().outcome()))
                .sorted(Comparator.comparing((CostAvoidanceEstimate.UnitCost c) -> c.outcome().ordinal())
                        .thenComparing(CostAvoidanceEstimate.UnitCost::key))
                .toList();
    }
}
