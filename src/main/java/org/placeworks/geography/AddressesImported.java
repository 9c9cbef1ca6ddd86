package org.placeworks.geography;

import java.util.List;

/** Fired inside an address import's transaction, once it saved its rows: the audit module records who imported what. */
public record AddressesImported(List<Long> uprns) {

    public AddressesImported {
        uprns = List.copyOf(uprns);
    }
}
