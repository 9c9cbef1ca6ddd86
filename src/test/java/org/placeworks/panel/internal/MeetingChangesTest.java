package org.placeworks.panel.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.placeworks.panel.AttendanceStatus;
import org.placeworks.panel.MeetingStatus;
import org.placeworks.shared.Conflict;
import org.placeworks.shared.InvalidInput;

/** A meeting's own rules for who chairs it, and for cancelling or moving it before it starts. */
class MeetingChangesTest {

    private static final LocalDate MEETS = LocalDate.of(2026, 12, 8);
    private static final UUID AGENCY_A = UUID.randomUUID();
    private static final UUID AGENCY_B = UUID.randomUUID();

    private Meeting publishedWithTwoAgencies() {
        Meeting m = new Meeting(UUID.randomUUID(), MEETS, LocalTime.of(10, 0));
        m.publish(Instant.now());
        m.recordAttendance(false, Map.of(AGENCY_A, AttendanceStatus.PRESENT, AGENCY_B, AttendanceStatus.PRESENT), Map.of());
        return m;
    }

    @Test
    void theDeputyChairingCountsAsThePersonChairingForTheQuorum() {
        Meeting m = publishedWithTwoAgencies();
        assertThat(m.quorate(2)).as("nobody chairing yet, the chair absent").isFalse();
        UUID deputy = UUID.randomUUID();
        m.start(true, MEETS, Instant.now(), deputy, true);
        assertThat(m.chairedByStaffId()).isEqualTo(deputy);
        assertThat(m.chairedByDeputy()).isTrue();
        assertThat(m.quorate(2)).as("the deputy chairing is present").isTrue();
        assertThat(m.quorate(3)).as("the agencies still count").isFalse();
    }

    @Test
    void theChairOpeningTheMeetingMustStillBeRecordedPresent() {
        Meeting m = publishedWithTwoAgencies();
        m.start(true, MEETS, Instant.now(), UUID.randomUUID(), false);
        assertThat(m.quorate(2)).isFalse();
        m.recordAttendance(true, Map.of(), Map.of());
        assertThat(m.quorate(2)).isTrue();
    }

    @Test
    void aCancelledMeetingKeepsItsReasonAndTakesNoItems() {
        Meeting m = publishedWithTwoAgencies();
        assertThatThrownBy(() -> m.cancel(" ", "chair", Instant.now())).isInstanceOf(InvalidInput.class);
        assertThat(m.status()).isEqualTo(MeetingStatus.AGENDA_PUBLISHED);
        m.requireTakesItems();
        m.cancel("Venue flooded", "chair", Instant.now());
        assertThat(m.status()).isEqualTo(MeetingStatus.CANCELLED);
        assertThat(m.cancelledReason()).isEqualTo("Venue flooded");
        assertThat(m.open()).isFalse();
        assertThatThrownBy(m::requireTakesItems).isInstanceOf(Conflict.class).hasMessageContaining("cancelled (Venue flooded)");
        assertThatThrownBy(() -> m.cancel("Again", "chair", Instant.now())).isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> m.moveTo(MEETS.plusDays(7), "Later", "chair", MEETS)).isInstanceOf(Conflict.class);
    }

    @Test
    void aMeetingMovesOnlyBeforeItStartsToAnotherDayNotPast() {
        Meeting m = publishedWithTwoAgencies();
        assertThatThrownBy(() -> m.moveTo(MEETS.minusDays(10), "Earlier", "chair", MEETS.minusDays(5)))
                .isInstanceOf(InvalidInput.class).satisfies(e -> assertThat(((InvalidInput) e).errors()).containsKey("newDate"));
        assertThatThrownBy(() -> m.moveTo(MEETS.plusDays(7), "", "chair", MEETS))
                .isInstanceOf(InvalidInput.class).satisfies(e -> assertThat(((InvalidInput) e).errors()).containsKey("moveReason"));
        m.moveTo(MEETS.plusDays(7), "Bank holiday", "chair", MEETS);
        m.moveTo(MEETS.plusDays(8), "Room taken", "chair", MEETS);
        assertThat(m.date()).isEqualTo(MEETS.plusDays(8));
        assertThat(m.movedFrom()).as("the date first planned").isEqualTo(MEETS);
        assertThat(m.movedReason()).isEqualTo("Room taken");
        m.start(true, MEETS.plusDays(8), Instant.now(), UUID.randomUUID(), false);
        assertThatThrownBy(() -> m.moveTo(MEETS.plusDays(9), "Too late", "chair", MEETS)).isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> m.cancel("Too late", "chair", Instant.now())).isInstanceOf(Conflict.class);
    }
}
