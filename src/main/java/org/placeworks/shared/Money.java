package org.placeworks.shared;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/** Money is held in whole pence; people read and type pounds. */
public final class Money {

    /**
     * Pounds as people write them: a pound sign only in front, commas only between thousands (so "1,50",
     * a decimal comma, is refused rather than read as £150), at most two decimal places.
     */
    private static final Pattern AMOUNT = Pattern.compile("£?(\\d{1,9}|\\d{1,3}(,\\d{3}){1,2})(\\.\\d{1,2})?");

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
        String typed = text.strip();
        if (!AMOUNT.matcher(typed).matches()) {
            return Optional.empty();
        }
        String cleaned = typed.replace("£", "").replace(",", "");
        return Optional.of(new BigDecimal(cleaned).movePointRight(2).longValueExact());
    }
}
