package org.placeworks.shared;

import java.math.BigDecimal;
import java.util.Optional;

/** Money is held in whole pence; people read and type pounds. */
public final class Money {

    private Money() {
    }

    /** "£1,234.50" */
    public static String format(long pence) {
        String sign = pence < 0 ? "-" : "";
        long abs = Math.abs(pence);
        return sign + "£" + String.format("%,d.%02d", abs / 100, abs % 100);
    }

    /** Pounds as typed ("40", "£40.00", "1,250.5") to pence; empty when it is not an amount of money. */
    public static Optional<Long> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String cleaned = text.strip().replace("£", "").replace(",", "");
        if (!cleaned.matches("\\d{1,9}(\\.\\d{1,2})?")) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(cleaned).movePointRight(2).longValueExact());
    }
}
