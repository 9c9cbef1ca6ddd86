package org.placeworks.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.placeworks.identity.ActingAs;
import org.placeworks.shared.Conflict;

/** Recording afterwards what a meeting already held heard: only such a meeting, and it joins its agenda. */
@QuarkusTest
class PastMeetingItemsTest {

    @Inject
    PanelFixtures fixtures;

    @Inject
    Agendas agendas;

    @Inject
    Meetings meetings;

    @Inject
    ActingAs actingAs;

    @Test
    void anItemHeardAtAMeetingAlreadyHeldJoinsItsAgenda() {
        PanelView panel = fixtures.panel();
        UUID held = fixtures.meeting(panel, fixtures.today().minusDays(20));
        UUID caseId = fixtures.anyCase();

        AgendaItemRef item = listOn(held, caseId);

        assertThat(item.meetingId()).isEqualTo(held);
        assertThat(fixtures.chair(() -> meetings.agenda(held)).items())
                .anySatisfy(i -> {
                    assertThat(i.id()).isEqualTo(item.itemId());
                    assertThat(i.caseId()).isEqualTo(caseId);
                    assertThat(i.submittedBy()).isNotBlank();
                });
        assertThat(meetings.itemVersion(item.itemId())).isEqualTo(fixtures.itemVersion(item.itemId()));
    }

    @Test
    void aMeetingStillToComeCannotHaveItemsRecordedAfterwards() {
        PanelView panel = fixtures.panel();
        LocalDate soon = fixtures.today().plusDays(1);
        while (soon.getDayOfWeek() == DayOfWeek.WEDNESDAY) {
            soon = soon.plusDays(1);
        }
        UUID toCome = fixtures.meeting(panel, soon);

        assertThatThrownBy(() -> listOn(toCome, fixtures.anyCase())).isInstanceOf(Conflict.class)
                .hasMessageContaining("already held");
    }

    private AgendaItemRef listOn(UUID meetingId, UUID caseId) {
        return actingAs.call("frontline", PanelFixtures.WORKER, () -> agendas.listOnPastMeeting(meetingId,
                new BringCommand(caseId, ItemKind.NEW_REQUEST, "Agreed the support package", null, false, null)));
    }
}
