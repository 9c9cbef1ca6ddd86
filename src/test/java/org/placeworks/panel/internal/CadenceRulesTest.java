package org.placeworks.panel.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.placeworks.panel.AttendanceStatus;
import org.placeworks.panel.DecisionCode;
import org.placeworks.panel.ItemKind;

/** The panel's calendar and meeting rules, without the app: cadence, cut-off, quorum and carry-forward. */
class CadenceRulesTest {

    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");

    @Test
    void theSecondTuesdayOfEachMonth() {
        Cadence cadence = new Cadence(2, DayOfWeek.TUESDAY);
        assertThat(cadence.in(YearMonth.of(2026, 3))).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(cadence.in(YearMonth.of(2026, 9))).isEqualTo(LocalDate.of(2026, 9, 8));
        assertThat(cadence.describe()).isEqualTo("second Tuesday of every month");
    }

    @Test
    void theLastThursdayOfTheMonthEvenInAFiveThursdayMonth() {
        Cadence cadence = new Cadence(Cadence.LAST, DayOfWeek.THURSDAY);
        assertThat(cadence.in(YearMonth.of(2026, 1))).isEqualTo(LocalDate.of(2026, 1, 29));
        assertThat(cadence.in(YearMonth.of(2026, 2))).isEqualTo(LocalDate.of(2026, 2, 26));
        assertThat(cadence.describe()).isEqualTo("last Thursday of every month");
    }

    @Test
    void twelveMonthsAheadGivesTwelveMeetingsStartingWithThisMonthsIfStillToCome() {
        Cadence cadence = new Cadence(2, DayOfWeek.TUESDAY);
        List<LocalDate> fromBefore = cadence.datesFrom(LocalDate.of(2026, 3, 1), 12);
        assertThat(fromBefore).hasSize(12).first().isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(fromBefore).last().isEqualTo(LocalDate.of(2027, 2, 9));
        List<LocalDate> fromAfter = cadence.datesFrom(LocalDate.of(2026, 3, 11), 12);
        assertThat(fromAfter).hasSize(12).first().isEqualTo(LocalDate.of(2026, 4, 14));
        assertThat(cadence.datesFrom(LocalDate.of(2026, 3, 10), 1)).containsExactly(LocalDate.of(2026, 3, 10));
    }

    @Test
    void aFifthWeekOrNoDayIsNotACadence() {
        assertThatThrownBy(() -> new Cadence(5, DayOfWeek.MONDAY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Cadence(0, DayOfWeek.MONDAY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Cadence(1, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theCutOffDayItselfIsInTimeAndTheDayAfterIsLate() {
        LocalDate meeting = LocalDate.of(2026, 3, 10);
        assertThat(CutOff.of(meeting, 7)).isEqualTo(LocalDate.of(2026, 3, 3));
        assertThat(CutOff.inTime(LocalDate.of(2026, 3, 3), meeting, 7)).isTrue();
        assertThat(CutOff.inTime(LocalDate.of(2026, 3, 4), meeting, 7)).isFalse();
        assertThat(CutOff.inTime(LocalDate.of(2026, 2, 20), meeting, 7)).isTrue();
        assertThat(CutOff.inTime(meeting, meeting, 0)).isTrue();
    }

    @Test
    void quorumNeedsTheChairAndEnoughAgenciesPresentOrDeputised() {
        List<AttendanceStatus> three = List.of(AttendanceStatus.PRESENT, AttendanceStatus.DEPUTY, AttendanceStatus.PRESENT,
                AttendanceStatus.APOLOGIES);
        assertThat(Quorum.met(true, three, 3)).isTrue();
        assertThat(Quorum.met(false, three, 3)).isFalse();
        assertThat(Quorum.met(true, List.of(AttendanceStatus.PRESENT, AttendanceStatus.APOLOGIES, AttendanceStatus.ABSENT), 3)).isFalse();
        assertThat(Quorum.represented(three)).isEqualTo(3);
    }

    @Test
    void deferredAndUndecidedItemsCarryForwardAfterTheNextMeetingsOwnItems() {
        UUID closed = UUID.randomUUID();
        UUID next = UUID.randomUUID();
        AgendaItem decided = item(closed, 1);
        decided.decide(DecisionCode.AGREE_SUPPORT_PACKAGE, "Agreed", "chair", NOW);
        AgendaItem deferred = item(closed, 2);
        deferred.decide(DecisionCode.DEFER, "Waiting for the housing assessment", "chair", NOW);
        AgendaItem notReached = item(closed, 3);

        List<AgendaItem> carried = CarryForward.items(List.of(decided, deferred, notReached), next, 5, NOW);

        assertThat(carried).hasSize(2).allSatisfy(i -> {
            assertThat(i.meetingId()).isEqualTo(next);
            assertThat(i.decision()).isNull();
            assertThat(i.familyName()).isEqualTo("Test family");
        });
        assertThat(carried).extracting(AgendaItem::carriedFromItemId).containsExactly(deferred.id(), notReached.id());
        assertThat(carried).extracting(AgendaItem::position).containsExactly(5, 6);
    }

    @Test
    void openActionsAreReviewedAtTheNextMeetingAndDoneOnesAreNot() {
        UUID next = UUID.randomUUID();
        PanelAction open = new PanelAction(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "Call school", UUID.randomUUID(),
                null, LocalDate.of(2026, 3, 20), "chair");
        PanelAction done = new PanelAction(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "Book visit", UUID.randomUUID(),
                null, LocalDate.of(2026, 3, 20), "chair");
        done.done(LocalDate.of(2026, 3, 15));
        CarryForward.actions(List.of(open, done), next);
        assertThat(open.reviewAtMeetingId()).isEqualTo(next);
        assertThat(done.reviewAtMeetingId()).isNull();
        assertThat(open.overdueOn(LocalDate.of(2026, 3, 21))).isTrue();
        assertThat(open.overdueOn(LocalDate.of(2026, 3, 20))).isFalse();
    }

    private static AgendaItem item(UUID meeting, int position) {
        return new AgendaItem(meeting, position, UUID.randomUUID(), ItemKind.NEW_REQUEST, "Help", null, "frontline", null, NOW,
                new AgendaItem.Snapshot("EH-1", "Test family", "7", "Attendance|Getting a good education", "Late to school"));
    }
}
