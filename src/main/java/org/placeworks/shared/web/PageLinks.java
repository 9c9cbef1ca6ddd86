package org.placeworks.shared.web;

/**
 * The links either side of a numbered page of a list, for the {@code pagination} tag: each null where there is no
 * such page. {@code position} says where the reader is ("Page 2 of 5"), or is null where the list does not count.
 */
public record PageLinks(String previous, String next, String position) {

    /** Page {@code number} of a list whose pages are {@code base} followed by a page number. */
    public static PageLinks numbered(String base, int number, boolean hasPrevious, boolean hasNext, String position) {
        return new PageLinks(hasPrevious ? base + (number - 1) : null, hasNext ? base + (number + 1) : null, position);
    }

    /** Whether there is any other page to go to. */
    public boolean needed() {
        return previous != null || next != null;
    }
}
