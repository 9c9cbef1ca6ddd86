package org.placeworks.intelligence.internal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.placeworks.geography.Coverage;
import org.placeworks.identity.Roles;
import org.placeworks.organisation.AccessPolicy;
import org.placeworks.organisation.StaffFacts;
import org.placeworks.organisation.Strand;
import org.placeworks.shared.NotFound;

/**
 * The one rule for Community Trigger records (counted locations and victims, case review applications),
 * the same as for the reports they come from: an active intelligence officer sees those on the ground
 * their Community Intelligence services cover, and every officer sees those outside our area. A manager
 * sees counts and clocks on the same ground, never a report's content or a review's record. Anyone else,
 * and anything off their ground, is not found (404).
 */
@RequestScoped
public class CaseReviewGate {

    public static final String KIND = "case-review";

    @Inject
    AccessPolicy policy;

    @Inject
    ReportGate reports;

    private TriggerScope scope;

    /** The reader's ground for lists and counts, worked out once per request. */
    public TriggerScope scope() {
        if (scope == null) {
            ReportGate.Ground officer = reports.ground();
            // An officer's ground is exactly the reports they may read; a manager's is their services' ground, for counts.
            scope = officer.nothing() ? computeScope(policy.staffFacts())
                    : new TriggerScope(false, officer.neighbourhoods(), officer.estates(), officer.outsideArea());
        }
        return scope;
    }

    static TriggerScope computeScope(StaffFacts me) {
        if (!me.active() || !me.roles().contains(Roles.MANAGER)) {
            return TriggerScope.NONE;
        }
        Coverage ground = Coverage.NOWHERE;
        for (StaffFacts.ServiceGround service : me.services()) {
            if (service.strands().contains(Strand.COMMUNITY_INTELLIGENCE)) {
                ground = ground.plus(service.coverage());
            }
        }
        Set<UUID> neighbourhoods = new HashSet<>(ground.neighbourhoods());
        return new TriggerScope(ground.everywhere(), neighbourhoods, ground.estates(), false);
    }

    /** Whether the reader may read the record in full (an officer on whose ground it is). */
    public boolean mayRead(TriggerPlace place) {
        TriggerScope s = scope();
        return s.officer() && s.covers(place);
    }

    /** The review, if the reader may read it in full; otherwise it does not exist for them. */
    public CaseReview requireReadable(CaseReview review) {
        if (!mayRead(review.place())) {
            throw new NotFound("case review", review.id());
        }
        return review;
    }
}
