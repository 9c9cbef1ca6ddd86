package org.placeworks.intelligence;

import java.time.LocalDate;

/**
 * One of a case review's clocks (acknowledge, decide, meet), counted in working days from receipt:
 * when it is due, when it was done, and while it runs the working days left (negative once overdue).
 * A clock that no longer applies (no meeting when the threshold was not met) is {@code notNeeded}.
 */
public record CaseReviewClock(String name, LocalDate dueOn, LocalDate doneOn, Integer workingDaysLeft, boolean notNeeded) {

    public boolean running() {
        return doneOn == null && !notNeeded;
    }

    public boolean overdue() {
        return running() && workingDaysLeft < 0;
    }

    /** Working days past the due date, while it runs overdue. */
    public int overdueBy() {
        return overdue() ? -workingDaysLeft : 0;
    }

    /** Done, but after the day it was due. */
    public boolean late() {
        return doneOn != null && doneOn.isAfter(dueOn);
    }
}
