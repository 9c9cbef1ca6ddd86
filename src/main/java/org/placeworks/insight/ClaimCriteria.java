package org.placeworks.insight;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.placeworks.caf.ClosureReason;
import org.placeworks.caf.HeadlineOutcome;
import org.placeworks.caf.NeedOutcome;

/**
 * Our reading of the Supporting Families results rule, applied to one closed case and its sustainment check. Pure:
 * the facts come in, the criteria not met (or the route claimed) come out.
 */
public final class ClaimCriteria {

    /** The method text pages and the CSV state: our reading of the rule, in plain English. */
    public static final String METHOD = "A family is listed when its early help case: had needs under at least 3 different "
            + "Supporting Families headline outcomes; had a lead professional; had a whole-family assessment completed; had a "
            + "plan covering every need (each need has a goal or at least one action); closed with its needs met; and had its "
            + "6-month sustainment check recorded. It is claimed for significant and sustained progress when every need was "
            + "met at closure and the check records every outcome as held, with evidence; or for continuous employment when "
            + "the family had a financial stability need and the check records it as held with evidence of an adult's "
            + "continuous employment since closure. A family is claimed once in a claim window, and a case only once.";

    public static final int MINIMUM_HEADLINES = 3;

    private ClaimCriteria() {
    }

    /** A need of the case: its headline outcome, its outcome at closure, whether the plan covered it, and whether it held. */
    public record NeedFact(HeadlineOutcome headline, NeedOutcome outcome, boolean planned, Boolean held) {
    }

    /** What the rule is applied to. {@code checkRecordedOn} is null while the check is not recorded. */
    public record Facts(boolean leadProfessional, LocalDate assessmentCompletedOn, ClosureReason closureReason,
            LocalDate closedOn, LocalDate checkRecordedOn, List<NeedFact> needs) {
    }

    /** The criteria the case does not meet, in plain English; empty when it may be claimed. */
    public static List<String> unmet(Facts f) {
        List<String> unmet = new ArrayList<>();
        Set<HeadlineOutcome> headlines = EnumSet.noneOf(HeadlineOutcome.class);
        f.needs().forEach(n -> headlines.add(n.headline()));
        if (headlines.size() < MINIMUM_HEADLINES) {
            unmet.add("needs under fewer than " + MINIMUM_HEADLINES + " headline outcomes");
        }
        if (!f.leadProfessional()) {
            unmet.add("no lead professional");
        }
        if (f.assessmentCompletedOn() == null) {
            unmet.add("no whole-family assessment completed");
        }
        if (f.needs().isEmpty() || !f.needs().stream().allMatch(NeedFact::planned)) {
            unmet.add("no plan covering every need");
        }
        if (f.closureReason() != ClosureReason.NEEDS_MET || f.closedOn() == null) {
            unmet.add("not closed with its needs met");
        }
        if (f.checkRecordedOn() == null) {
            unmet.add("sustainment check not recorded");
        }
        if (unmet.isEmpty() && route(f).isEmpty()) {
            unmet.add("outcomes not sustained 6 months after closure");
        }
        return unmet;
    }

    /** The route a case meeting every other criterion is claimed by, if either applies; sustained progress first. */
    public static Optional<ClaimRoute> route(Facts f) {
        boolean allMet = !f.needs().isEmpty() && f.needs().stream().allMatch(n -> n.outcome() == NeedOutcome.MET);
        boolean allHeld = !f.needs().isEmpty() && f.needs().stream().allMatch(n -> Boolean.TRUE.equals(n.held()));
        if (allMet && allHeld) {
            return Optional.of(ClaimRoute.SUSTAINED_PROGRESS);
        }
        boolean employment = f.needs().stream()
                .anyMatch(n -> n.headline() == HeadlineOutcome.FINANCIAL_STABILITY && Boolean.TRUE.equals(n.held()));
        return employment ? Optional.of(ClaimRoute.CONTINUOUS_EMPLOYMENT) : Optional.empty();
    }

    public static boolean claimable(Facts f) {
        return unmet(f).isEmpty();
    }
}
