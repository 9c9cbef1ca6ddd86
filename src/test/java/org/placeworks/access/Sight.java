package org.placeworks.access;

/** What the rules give one person on one record: the cell of the need-to-know table. */
enum Sight {
    /** Sees it in full and may change it. */
    CHANGE,
    /** Sees it in full and may change only their own plan actions. */
    OWN_ACTIONS,
    /** Sees it in full; may not change it (403 on changes). */
    READ,
    /** Knows it exists (a flag on the family); the record itself answers 403 naming who holds it. */
    FLAG,
    /** Does not know it exists: 404. */
    NONE;

    boolean reads() {
        return this == CHANGE || this == OWN_ACTIONS || this == READ;
    }
}
