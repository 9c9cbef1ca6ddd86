package org.placeworks.insight;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.placeworks.organisation.Strand;

/**
 * What a manager asked to see: whole months from {@code from} to {@code to}, and optionally one strand,
 * one service and one worker. Flows (referrals, closures) add up over the months; stocks (open cases) are
 * taken at the end of the last month.
 */
public record InsightFilter(YearMonth from, YearMonth to, Strand strand, UUID service, UUID worker) {

    private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    public InsightFilter {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("The period starts after it ends");
        }
    }

    /** The 12 months to the given month, every strand, service and worker. */
    public static InsightFilter twelveMonthsTo(YearMonth to) {
        return new InsightFilter(to.minusMonths(11), to, null, null, null);
    }

    public LocalDate firstDay() {
        return from.atDay(1);
    }

    public LocalDate lastDay() {
        return to.atEndOfMonth();
    }

    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    public long monthCount() {
        return ChronoUnit.MONTHS.between(from, to) + 1;
    }

    public String periodLabel() {
        return from.equals(to) ? LABEL.format(from) : LABEL.format(from) + " to " + LABEL.format(to);
    }

    public boolean includes(Strand s) {
        return strand == null || strand == s;
    }

    /** The filter as query parameters, for links and exports that must show the same figures. */
    public String query() {
        StringBuilder q = new StringBuilder("from=").append(from).append("&to=").append(to);
        if (strand != null) {
            q.append("&strand=").append(strand.name());
        }
        if (service != null) {
            q.append("&service=").append(service);
        }
        if (worker != null) {
            q.append("&worker=").append(worker);
        }
        return q.toString();
    }

    /** The same filter with another period, for trends. */
    public InsightFilter between(YearMonth newFrom, YearMonth newTo) {
        return new InsightFilter(newFrom, newTo, strand, service, worker);
    }
}
