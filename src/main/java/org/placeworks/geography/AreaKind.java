package org.placeworks.geography;

/** The levels of the area tree, plus estates, which sit beside it. */
public enum AreaKind {
    AUTHORITY("Authority"),
    LOCALITY("Locality"),
    WARD("Ward"),
    NEIGHBOURHOOD("Neighbourhood"),
    ESTATE("Estate");

    private final String label;

    AreaKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The kind an area of this kind may sit under; estates sit under a locality or ward. */
    public boolean mayHaveParent(AreaKind parent) {
        return switch (this) {
            case AUTHORITY -> false;
            case LOCALITY -> parent == AUTHORITY;
            case WARD -> parent == LOCALITY;
            case NEIGHBOURHOOD -> parent == WARD;
            case ESTATE -> parent == LOCALITY || parent == WARD;
        };
    }
}
