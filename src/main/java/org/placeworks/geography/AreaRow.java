package org.placeworks.geography;

/** An area in its place in the tree: {@code depth} 0 for an authority, one more for each level below. */
public record AreaRow(AreaView area, int depth) {
}
