package org.placeworks.caf.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.placeworks.caf.CaseStatus;
import org.placeworks.caf.ClosureReason;
import org.placeworks.caf.HeadlineOutcome;
import org.placeworks.caf.NeedOutcome;
import org.placeworks.caf.ReferralDecision;
import org.placeworks.caf.SignOffKind;
import org.placeworks.shared.Conflict;
import org.placeworks.shared.Forbidden;
import org.placeworks.shared.InvalidInput;

/** The loops as the case guards them: decided once, signed off by someone else, stepped up and handed back. */
class CaseLoopsRulesTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 2);
    private static final Instant AT = Instant.parse("2026-11-02T10:00:00Z");

    private static CafCase referral() {
        return new CafCase("EH-2026-00099", UUID.randomUUID(), UUID.randomUUID(),
                new Referrer("Pat Teacher", null, "pat@school.example", null), "Attendance", Set.of(UUID.randomUUID()),
                Map.of("Attendance", HeadlineOutcome.EDUCATION), MONDAY, false, AT, "frontline");
    }

    private static CafCase consented() {
        CafCase c = referral();
        c.recordConsent(List.of(new ConsentGiver("Jo Parent", null, false, null, null)), MONDAY, "Assessment", true, Set.of(),
                Set.of(), MONDAY.plusDays(14), AT, "frontline");
        return c;
    }

    @Test
    void aReferralIsDecidedOnce() {
        CafCase c = referral();
        c.decideReferral(ReferralDecision.DECLINED, MONDAY, null, "Below threshold");
        assertThat(c.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(c.closureReason()).isEqualTo(ClosureReason.REFERRAL_DECLINED);
        assertThatThrownBy(() -> c.decideReferral(ReferralDecision.ACCEPTED, MONDAY, UUID.randomUUID(), null))
                .isInstanceOf(Conflict.class);
    }

    @Test
    void aCaseWithoutConsentClosesWithoutOutcomesAndRefusesAnyGiven() {
        CafCase c = referral();
        UUID need = c.needs().get(0).id();
        assertThatThrownBy(() -> c.checkClosure(ClosureReason.DECLINED_OR_DID_NOT_ENGAGE, Map.of(need, NeedOutcome.MET)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors()).containsKey("outcomes"));
        c.close(ClosureReason.DECLINED_OR_DID_NOT_ENGAGE, MONDAY, Map.of(), null);
        assertThat(c.needs()).allSatisfy(n -> assertThat(n.outcome()).isNull());
    }

    @Test
    void theWorkerWhoAskedCannotSignOffTheirOwnRequest() {
        CafCase c = consented();
        c.askSignOff(SignOffKind.CLOSURE, ClosureReason.NEEDS_MET, MONDAY, null, null,
                Map.of(c.needs().get(0).id(), NeedOutcome.MET), AT, "frontline");
        assertThatThrownBy(() -> c.signOff("Mine", AT, "frontline")).isInstanceOf(Forbidden.class);
        assertThat(c.status()).isEqualTo(CaseStatus.ASSESSMENT);
        assertThatThrownBy(() -> c.askSignOff(SignOffKind.STEP_UP, null, MONDAY, "x", "M-1", Map.of(), AT, "frontline"))
                .isInstanceOf(Conflict.class);
        c.signOff("Evidenced", AT, "manager");
        assertThat(c.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(c.signOffs().get(0).oversightNote()).isEqualTo("Evidenced");
    }

    @Test
    void aStepUpWaitsForSocialCareAndReturnsWhereItWasIfNotAccepted() {
        CafCase c = consented();
        c.referToSocialCare(MONDAY, "MASH-1", "Disclosure");
        assertThat(c.status()).isEqualTo(CaseStatus.AWAITING_SOCIAL_CARE);
        assertThatThrownBy(() -> c.checkClosure(ClosureReason.NEEDS_MET, Map.of())).isInstanceOf(Conflict.class);
        c.socialCareNotAccepted("Below threshold");
        assertThat(c.status()).isEqualTo(CaseStatus.ASSESSMENT);
        assertThat(c.stepUpNotAccepted()).isEqualTo("Below threshold");
        c.referToSocialCare(MONDAY, "MASH-2", "Further disclosure");
        c.socialCareAccepted(MONDAY, null);
        assertThat(c.closureReason()).isEqualTo(ClosureReason.STEPPED_UP);
    }
}
