package org.placeworks.family;

import java.util.List;
import org.placeworks.shared.Conflict;

/** A new person closely matches people already recorded: the worker must choose one or confirm a new record. */
public class DuplicateSuspected extends Conflict {
    private final transient List<PersonMatch> matches;

    public DuplicateSuspected(List<PersonMatch> matches) {
        super("This person may already be recorded. Check the likely matches, then use one of them or confirm this is a new person.");
        this.matches = List.copyOf(matches);
    }

    public List<PersonMatch> matches() {
        return matches;
    }
}
