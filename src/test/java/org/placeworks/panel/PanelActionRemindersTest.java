package org.placeworks.panel;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.placeworks.caf.ReminderSource;
import org.placeworks.organisation.Thornbury;

/**
 * An open panel action joins its owner's daily reminders, named by the case reference only, until it is done;
 * an action due after the horizon waits.
 */
@QuarkusTest
class PanelActionRemindersTest {

    @Inject
    PanelFixtures fixtures;

    @Inject
    Meetings meetings;

    @Inject
    Thornbury thornbury;

    @Inject
    jakarta.enterprise.inject.Instance<ReminderSource> sources;

    private List<ReminderSource.Item> dueBy(java.time.LocalDate horizon) {
        return sources.stream().flatMap(s -> s.dueBy(horizon).stream()).toList();
    }

    @Test
    void anOpenActionIsInItsOwnersRemindersUntilDone() {
        PanelView panel = fixtures.panel();
        UUID meeting = fixtures.meeting(panel, fixtures.today());
        UUID item = fixtures.listItem(meeting, fixtures.anyCase(), "Quillon family");
        fixtures.publish(meeting);
        fixtures.attend(meeting, panel, 3);
        fixtures.start(meeting);
        UUID owner = thornbury.member("estate").id();
        ActionView soon = fixtures.chair(() -> meetings.addAction(meeting, item,
                new ActionCommand("Check the Quillon family's tenancy", owner, fixtures.today().plusDays(3))));
        ActionView later = fixtures.chair(() -> meetings.addAction(meeting, item,
                new ActionCommand("Visit the Quillon family again", owner, fixtures.today().plusDays(40))));

        List<ReminderSource.Item> due = dueBy(fixtures.today().plusDays(7));
        assertThat(due).filteredOn(i -> i.staffId().equals(owner) && i.dueOn().equals(soon.dueOn()))
                .singleElement().satisfies(i -> {
                    assertThat(i.reference()).isEqualTo("EH-T");
                    assertThat(i.what()).doesNotContain("Quillon");
                });
        assertThat(due).noneMatch(i -> i.staffId().equals(owner) && i.dueOn().equals(later.dueOn()));

        fixtures.chair(() -> {
            meetings.actionDone(soon.id(), soon.version());
            return null;
        });
        assertThat(dueBy(fixtures.today().plusDays(7))).noneMatch(i -> i.staffId().equals(owner) && i.dueOn().equals(soon.dueOn()));
    }
}
