package org.placeworks.shared.web;

/** One choice in a select, radios or checkboxes: the value posted and the label shown. */
public record Option(String value, String label) {
}
