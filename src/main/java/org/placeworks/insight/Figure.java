package org.placeworks.insight;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * One figure as it may be published. A suppressed figure never carries its value, so nothing that
 * renders it (page, CSV, spreadsheet, JSON) can let the hidden number out.
 */
public record Figure(Double value, Unit unit, Shown state) {

    /** Whether the figure is shown, and if not, why. */
    public enum Shown {
        SHOWN("shown"),
        /** A count under the threshold: it could identify a family. */
        FEWER_THAN_FIVE("fewer than 5"),
        /** Hidden so that a figure under the threshold cannot be worked out from the others. */
        WITHHELD("withheld"),
        /** Nothing to show (no cases, no population). */
        NONE("no data");

        private final String text;

        Shown(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    public Figure {
        if (state != Shown.SHOWN) {
            value = null;
        } else if (value == null || value.isNaN() || value.isInfinite()) {
            throw new IllegalArgumentException("A shown figure needs a finite value");
        }
    }

    /** A count of people or their records: under the threshold (zero included) it is not shown. */
    public static Figure count(long n) {
        return n < Suppression.THRESHOLD ? new Figure(null, Unit.COUNT, Shown.FEWER_THAN_FIVE)
                : new Figure((double) n, Unit.COUNT, Shown.SHOWN);
    }

    /** A figure that is not a count of people (a population, a statistic over safe groups). */
    public static Figure exact(double value, Unit unit) {
        return new Figure(value, unit, Shown.SHOWN);
    }

    public static Figure none(Unit unit) {
        return new Figure(null, unit, Shown.NONE);
    }

    /** A rate, share, amount or median worked out from a count: hidden whenever that count is. */
    public static Figure derived(Figure from, double value, Unit unit) {
        if (!from.shown()) {
            return new Figure(null, unit, from.state);
        }
        return Double.isNaN(value) || Double.isInfinite(value) ? none(unit) : exact(value, unit);
    }

    /** The same figure withheld (secondary suppression); a figure already hidden keeps its reason. */
    public Figure withheld() {
        return state == Shown.SHOWN ? new Figure(null, unit, Shown.WITHHELD) : this;
    }

    public boolean shown() {
        return state == Shown.SHOWN;
    }

    /** The figure in words and numbers, as a page and a CSV show it. */
    public String text() {
        if (!shown()) {
            return state.text();
        }
        return switch (unit) {
            case COUNT -> whole().format(value);
            case RATE_PER_1000, NUMBER -> oneDecimal().format(value);
            case PERCENT -> oneDecimal().format(value) + "%";
            case PENCE -> "£" + money().format(value / 100.0);
            case DAYS -> oneDecimal().format(value) + (value == 1.0 ? " day" : " days");
            case RATIO -> twoDecimals().format(value);
        };
    }

    /** The number a machine reads (JSON, spreadsheet): pounds for money, never a hidden value. */
    public Double number() {
        if (!shown()) {
            return null;
        }
        return unit == Unit.PENCE ? value / 100.0 : value;
    }

    /**
     * DecimalFormat is not thread-safe, and building one from its pattern took 7% of the dashboard's time (it
     * draws hundreds of figures): one of each per thread.
     */
    private static final ThreadLocal<DecimalFormat> WHOLE = format("#,##0");
    private static final ThreadLocal<DecimalFormat> ONE_DECIMAL = format("#,##0.0");
    private static final ThreadLocal<DecimalFormat> TWO_DECIMALS = format("#,##0.00");

    private static ThreadLocal<DecimalFormat> format(String pattern) {
        return ThreadLocal.withInitial(() -> new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.UK)));
    }

    private static DecimalFormat whole() {
        return WHOLE.get();
    }

    private static DecimalFormat oneDecimal() {
        return ONE_DECIMAL.get();
    }

    private static DecimalFormat twoDecimals() {
        return TWO_DECIMALS.get();
    }

    private static DecimalFormat money() {
        return TWO_DECIMALS.get();
    }
}
