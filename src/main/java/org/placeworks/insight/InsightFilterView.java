package org.placeworks.insight;

import java.util.List;
import org.placeworks.shared.web.FormErrors;
import org.placeworks.shared.web.Option;

/**
 * The filter form's current values and its choices, within what the manager may see; with the problems
 * of a filter that could not be used (the page then shows the default figures under an error summary).
 */
public record InsightFilterView(InsightFilter filter, List<Option> months, List<Option> strands, List<Option> services,
        Option worker, FormErrors errors) {

    public String fromValue() {
        return filter.from().toString();
    }

    public String toValue() {
        return filter.to().toString();
    }

    public String strandValue() {
        return filter.strand() == null ? "" : filter.strand().name();
    }

    public String serviceValue() {
        return filter.service() == null ? "" : filter.service().toString();
    }

    public String workerValue() {
        return filter.worker() == null ? "" : filter.worker().toString();
    }

    /** The filter as a query without its worker: what the worker chooser adds a worker to. */
    public String queryWithoutWorker() {
        return new InsightFilter(filter.from(), filter.to(), filter.strand(), filter.service(), null).query();
    }
}
