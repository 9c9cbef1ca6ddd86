package org.placeworks.caf;

/**
 * Which cases a list shows: a worker's own or every case the reader may see, optionally in one state, only open ones,
 * and optionally those whose reference is the text or whose family's name contains it.
 */
public record CaseFilter(boolean mineOnly, CaseStatus status, boolean openOnly, String search) {

    /** Every case of the kind, in every state (closed ones last). */
    public CaseFilter(boolean mineOnly, CaseStatus status) {
        this(mineOnly, status, false, null);
    }

    /**
     * What a list page shows: "My cases" holds open work, and closed cases only when asked for by their state
     * ({@link CaseStatus#CLOSED}); "All cases in my area" holds every state, open ones first.
     */
    public static CaseFilter forList(boolean mineOnly, CaseStatus status, String search) {
        return new CaseFilter(mineOnly, status, mineOnly && status == null, search == null || search.isBlank() ? null : search.strip());
    }
}
