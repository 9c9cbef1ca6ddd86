package org.placeworks.panel.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Panels and meetings by id (the panel's decisions on "My cases", the agenda's carried actions), panels by locality
 * and open actions by panel bind one array, not one parameter per id: PostgreSQL allows at most 65,535 parameters in
 * a statement.
 */
@QuarkusTest
class PanelsAndMeetingsByIdsTest {

    @Inject
    MeetingRepository meetings;

    @Inject
    PanelRepository panels;

    @Inject
    PanelActionRepository actions;

    private static List<UUID> randomIds(int count) {
        return Stream.generate(UUID::randomUUID).limit(count).toList();
    }

    @Test
    void seventyThousandMeetingIdsFindNothingWithoutFailing() {
        List<UUID> ids = randomIds(70_000);
        assertThat(QuarkusTransaction.requiringNew().call(() -> meetings.byIds(ids))).isEmpty();
    }

    @Test
    void aKnownPanelAndMeetingAreFoundAmongSeventyThousand() {
        Meeting known = QuarkusTransaction.requiringNew().call(() -> meetings.findAll().page(0, 1).firstResult());
        List<UUID> meetingIds = Stream.concat(randomIds(70_000).stream(), Stream.of(known.id())).toList();
        List<UUID> panelIds = Stream.concat(randomIds(70_000).stream(), Stream.of(known.panelId())).toList();
        assertThat(QuarkusTransaction.requiringNew().call(() -> meetings.byIds(meetingIds))).extracting(Meeting::id)
                .containsExactly(known.id());
        assertThat(QuarkusTransaction.requiringNew().call(() -> panels.byIds(panelIds))).extracting(Panel::id)
                .containsExactly(known.panelId());
    }

    @Test
    void aPanelIsFoundByItsLocalityAmongSeventyThousandAndTheirActionsReadWithoutFailing() {
        Panel known = QuarkusTransaction.requiringNew().call(() -> panels.findAll().page(0, 1).firstResult());
        List<UUID> localities = Stream.concat(randomIds(70_000).stream(), Stream.of(known.localityId())).toList();
        assertThat(QuarkusTransaction.requiringNew().call(() -> panels.inLocalitiesOrWith(localities, null)))
                .extracting(Panel::id).contains(known.id());
        assertThat(QuarkusTransaction.requiringNew().call(() -> actions.open(randomIds(70_000)))).isEmpty();
    }

    @Test
    void oneIdAndNoIdsAreAnsweredToo() {
        Meeting known = QuarkusTransaction.requiringNew().call(() -> meetings.findAll().page(0, 1).firstResult());
        assertThat(QuarkusTransaction.requiringNew().call(() -> meetings.byIds(List.of(known.id(), known.id()))))
                .extracting(Meeting::id).containsExactly(known.id());
        assertThat(QuarkusTransaction.requiringNew().call(() -> panels.byIds(List.of()))).isEmpty();
    }
}
