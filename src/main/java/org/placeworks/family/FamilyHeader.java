package org.placeworks.family;

import java.util.UUID;
import org.placeworks.geography.AddressView;

/** A family's name and address, for lists of other records about it. */
public record FamilyHeader(UUID id, String name, AddressView address) {
}
