package org.placeworks.caf;

/**
 * Where a request for support came from, when another feature started it (a confidential report passed on
 * to the service): its reference as carried by the referral pages, the words the case's timeline keeps, and
 * the text the reason for the request starts with. Never anything that identifies a person behind it.
 */
public record ReferralOrigin(String reference, String label, String reason) {
}
