package org.placeworks.family;

import java.time.LocalDate;
import org.placeworks.geography.AddressView;

/** One place a family has lived, from a date until another ({@code to} is empty for where they live now). */
public record ResidenceView(PlaceKind kind, AddressView place, LocalDate from, LocalDate to) {

    public boolean current() {
        return to == null;
    }
}
