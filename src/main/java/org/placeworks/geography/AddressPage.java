package org.placeworks.geography;

import java.util.List;

/** One page of addresses: {@code number} counts from 1. */
public record AddressPage(List<AddressView> items, int number, int size, long total) {

    public AddressPage {
        items = List.copyOf(items);
    }

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public int first() {
        return total == 0 ? 0 : (number - 1) * size + 1;
    }

    public int last() {
        return (number - 1) * size + items.size();
    }
}
