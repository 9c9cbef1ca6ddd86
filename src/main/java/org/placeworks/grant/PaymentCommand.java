package org.placeworks.grant;

import java.time.LocalDate;

/** How an approved grant was paid, with the receipt's file. */
public record PaymentCommand(PaymentMethod method, String reference, LocalDate paidOn, Long amountPence,
        String receiptName, byte[] receipt, Long version) {
}
