package org.placeworks.retention;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * The arithmetic of the retention schedule: the day a record passes its rule, from the dates that matter to it. A
 * record whose day has come (on or before today) is due for disposal.
 */
public final class RetentionRules {

    private final int youngestChildAge;
    private final int yearsWithoutChildren;
    private final int intelligenceYears;
    private final int subjectAccessYears;

    public RetentionRules(int youngestChildAge, int yearsWithoutChildren, int intelligenceYears, int subjectAccessYears) {
        this.youngestChildAge = youngestChildAge;
        this.yearsWithoutChildren = yearsWithoutChildren;
        this.intelligenceYears = intelligenceYears;
        this.subjectAccessYears = subjectAccessYears;
    }

    public static RetentionRules of(RetentionSettings settings) {
        return new RetentionRules(settings.earlyHelp().youngestChildAge(), settings.earlyHelp().yearsWithoutChildren(),
                settings.intelligence().yearsAfterClosure(), settings.subjectAccess().yearsAfterRelease());
    }

    /**
     * A family's early help records: the youngest child's birthday of the configured age (an unborn child counts from
     * its expected date), but never before the last case closed. With no child recorded, the set number of years after
     * the last case closed. Empty while a case is open: an open case is never due.
     *
     * @param childrenBorn each child's date of birth, or expected date
     * @param lastActivity the day the last case closed, or the family was recorded if it never had one
     */
    public Optional<LocalDate> earlyHelpDue(Collection<LocalDate> childrenBorn, LocalDate lastActivity, boolean caseOpen) {
        if (caseOpen) {
            return Optional.empty();
        }
        Optional<LocalDate> youngest = childrenBorn.stream().max(Comparator.naturalOrder());
        if (youngest.isEmpty()) {
            return Optional.of(lastActivity.plusYears(yearsWithoutChildren));
        }
        LocalDate grownUp = youngest.get().plusYears(youngestChildAge);
        return Optional.of(grownUp.isBefore(lastActivity) ? lastActivity : grownUp);
    }

    /** An intelligence report: the set number of years after it was closed. */
    public LocalDate intelligenceDue(LocalDate closedOn) {
        return closedOn.plusYears(intelligenceYears);
    }

    /** A subject access request: the set number of years after its copy was released. */
    public LocalDate subjectAccessDue(LocalDate releasedOn) {
        return releasedOn.plusYears(subjectAccessYears);
    }

    public static boolean isDue(LocalDate dueOn, LocalDate today) {
        return !dueOn.isAfter(today);
    }
}
