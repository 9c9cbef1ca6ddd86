package org.placeworks.intelligence.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.placeworks.caf.WorkingDays;
import org.placeworks.intelligence.CaseReviewClock;
import org.placeworks.intelligence.CommunityTriggerSettings;
import org.placeworks.shared.BankHolidays;

/**
 * The clocks of a case review, in working days from the day the application was received (which does
 * not count), skipping weekends and bank holidays: acknowledge, decide, meet, each as configured.
 */
@ApplicationScoped
public class CaseReviewClocks {

    private final WorkingDays workingDays;
    private final CommunityTriggerSettings settings;

    @Inject
    public CaseReviewClocks(BankHolidays calendar, CommunityTriggerSettings settings) {
        this.workingDays = new WorkingDays(calendar);
        this.settings = settings;
    }

    public List<CaseReviewClock> of(CaseReview review, LocalDate today) {
        LocalDate received = review.receivedOn();
        return List.of(
                clock("Acknowledge", received, settings.caseReviewAcknowledgeWorkingDays(), review.acknowledgedOn(), false, today),
                clock("Decide", received, settings.caseReviewDecideWorkingDays(), review.decidedOn(), false, today),
                clock("Meet", received, settings.caseReviewMeetWorkingDays(), review.meetingOn(),
                        Boolean.FALSE.equals(review.thresholdMet()), today));
    }

    CaseReviewClock clock(String name, LocalDate received, int days, LocalDate done, boolean notNeeded, LocalDate today) {
        LocalDate due = workingDays.after(received, days);
        Integer left = done == null && !notNeeded ? workingDaysBetween(today, due) : null;
        return new CaseReviewClock(name, due, done, left, notNeeded);
    }

    /** Working days from {@code today} to {@code due}: 0 on the day, negative once it has passed. */
    int workingDaysBetween(LocalDate today, LocalDate due) {
        int n = 0;
        if (today.isBefore(due)) {
            for (LocalDate d = today.plusDays(1); !d.isAfter(due); d = d.plusDays(1)) {
                if (workingDays.isWorkingDay(d)) {
                    n++;
                }
            }
            return n;
        }
        for (LocalDate d = due.plusDays(1); !d.isAfter(today); d = d.plusDays(1)) {
            if (workingDays.isWorkingDay(d)) {
                n--;
            }
        }
        return n;
    }
}
