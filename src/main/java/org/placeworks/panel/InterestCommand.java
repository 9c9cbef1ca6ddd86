package org.placeworks.panel;

import java.util.UUID;

/** A declaration of interest on an item: who declared, what, whether they withdrew, and the item's version as read. */
public record InterestCommand(UUID declarerId, String interest, Boolean withdrew, Long version) {
}
