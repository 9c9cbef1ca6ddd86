package org.placeworks.caf;

import java.util.UUID;

/**
 * How a problem with one need is reported ({@code needs[<id>].score}): by the need and what is
 * wrong with it, so that API callers and the pages (which name their own fields) can each point at it.
 */
public final class NeedProblems {

    private NeedProblems() {
    }

    public static String score(UUID need) {
        return key(need, "score");
    }

    public static String progress(UUID need) {
        return key(need, "progress");
    }

    public static String goal(UUID need) {
        return key(need, "goal");
    }

    public static String measure(UUID need) {
        return key(need, "measure");
    }

    public static String child(UUID need) {
        return key(need, "child");
    }

    public static String outcome(UUID need) {
        return key(need, "outcome");
    }

    private static String key(UUID need, String what) {
        return "needs[" + need + "]." + what;
    }
}
