package org.placeworks.estate.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.placeworks.estate.EngagementKind;
import org.placeworks.shared.Conflict;
import org.placeworks.shared.InvalidInput;

/** The rules an engagement event and its actions keep, without the app. */
class EngagementEventTest {

    static final LocalDate TODAY = LocalDate.of(2031, 3, 14);
    static final UUID ESTATE = UUID.randomUUID();

    static EngagementEvent.Details details(EngagementKind kind, String otherName, LocalDate on, Integer attendance, String who) {
        return new EngagementEvent.Details(kind, otherName, on, ESTATE, null, null, attendance, who, null);
    }

    @Test
    void anEventThatHappenedKeepsItsAttendance() {
        EngagementEvent event = new EngagementEvent(UUID.randomUUID(), details(EngagementKind.WALKABOUT, null, TODAY, 17,
                "Housing (2)"), TODAY, "estate", Instant.EPOCH);
        assertThat(event.attendance()).isEqualTo(17);
        assertThat(event.plannedOn(TODAY)).isFalse();
        assertThat(event.title()).isEqualTo("Estate walkabout");
    }

    @Test
    void aPlannedEventHasNoAttendanceYet() {
        assertThat(EngagementEvent.problems(details(EngagementKind.CLEAN_UP_DAY, null, TODAY.plusDays(3), 5, "Street Scene"), TODAY))
                .containsKeys("attendance", "attendedBy");
        EngagementEvent planned = new EngagementEvent(UUID.randomUUID(), details(EngagementKind.CLEAN_UP_DAY, null,
                TODAY.plusDays(3), null, null), TODAY, "estate", Instant.EPOCH);
        assertThat(planned.plannedOn(TODAY)).isTrue();
    }

    @Test
    void attendanceIsBetweenNoneAndTenThousand() {
        assertThat(EngagementEvent.problems(details(EngagementKind.WALKABOUT, null, TODAY, 0, null), TODAY)).isEmpty();
        assertThat(EngagementEvent.problems(details(EngagementKind.WALKABOUT, null, TODAY, 10_000, null), TODAY)).isEmpty();
        assertThat(EngagementEvent.problems(details(EngagementKind.WALKABOUT, null, TODAY, 10_001, null), TODAY))
                .containsEntry("attendance", "Attendance must be between 0 and 10,000");
        assertThat(EngagementEvent.problems(details(EngagementKind.WALKABOUT, null, TODAY, -1, null), TODAY))
                .containsKey("attendance");
    }

    @Test
    void anOtherKindOfEventNeedsAName() {
        assertThat(EngagementEvent.problems(details(EngagementKind.OTHER, " ", TODAY, null, null), TODAY))
                .containsEntry("otherName", "Enter the name of the event");
        EngagementEvent fun = new EngagementEvent(UUID.randomUUID(), details(EngagementKind.OTHER, "Summer fun day", TODAY, null,
                null), TODAY, "estate", Instant.EPOCH);
        assertThat(fun.title()).isEqualTo("Summer fun day");
    }

    @Test
    void aKindADateAndAnEstateAreNeededAndTheDateIsWithinAYear() {
        assertThat(EngagementEvent.problems(new EngagementEvent.Details(null, null, null, null, null, null, null, null, null), TODAY))
                .containsKeys("kind", "heldOn", "estateId");
        assertThat(EngagementEvent.problems(details(EngagementKind.WALKABOUT, null, TODAY.plusYears(1).plusDays(1), null, null),
                TODAY)).containsKey("heldOn");
    }

    @Test
    void aChangeThatBreaksARuleChangesNothing() {
        EngagementEvent event = new EngagementEvent(UUID.randomUUID(), details(EngagementKind.WALKABOUT, null, TODAY, 8, null),
                TODAY, "estate", Instant.EPOCH);
        assertThatThrownBy(() -> event.change(details(EngagementKind.RESIDENTS_MEETING, null, TODAY, 20_000, null), TODAY))
                .isInstanceOf(InvalidInput.class);
        assertThat(event.kind()).isEqualTo(EngagementKind.WALKABOUT);
        assertThat(event.attendance()).isEqualTo(8);
    }

    @Test
    void anActionIsOverdueUntilDoneAndDoneOnce() {
        EngagementAction action = new EngagementAction(UUID.randomUUID(), "Clear the garages", UUID.randomUUID(),
                TODAY.minusDays(1), "estate", Instant.EPOCH);
        assertThat(action.overdueOn(TODAY)).isTrue();
        assertThat(action.overdueOn(TODAY.minusDays(1))).isFalse();
        action.markDone(TODAY, "Erin Shaw");
        assertThat(action.overdueOn(TODAY)).isFalse();
        assertThat(action.doneBy()).isEqualTo("Erin Shaw");
        assertThatThrownBy(() -> action.markDone(TODAY, "Someone else")).isInstanceOf(Conflict.class);
        assertThat(action.doneBy()).isEqualTo("Erin Shaw");
    }
}
