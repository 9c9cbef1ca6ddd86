package org.placeworks.intelligence;

import java.util.List;

/** A location or victim an application is about, with its qualifying complaints in the window and the threshold. */
public record CaseReviewSubject(String key, boolean victim, String place, int threshold, List<LinkedReport> reports) {

    public int count() {
        return reports.size();
    }

    public boolean thresholdReached() {
        return reports.size() >= threshold;
    }
}
