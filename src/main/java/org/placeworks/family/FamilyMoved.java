package org.placeworks.family;

import java.time.LocalDate;
import java.util.UUID;
import org.placeworks.geography.AddressView;

/**
 * Fired, in the move's transaction, when a family's address changes: features that hold records about
 * the family where they used to live (early help cases) decide what follows, such as offering a case to
 * the service whose boundary holds the new address.
 */
public record FamilyMoved(UUID familyId, String familyName, AddressView from, AddressView to, LocalDate movedOn) {
}
