package org.placeworks.shared.web;

/** A link in the header navigation. */
public record NavItem(String label, String href, boolean current) {
}
