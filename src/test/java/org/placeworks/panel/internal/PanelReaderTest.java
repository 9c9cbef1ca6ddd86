package org.placeworks.panel.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The panel rule as a decision table: who reads, whether the panel's locality is in their boundary, the meeting. */
class PanelReaderTest {

    private static final UUID LOCALITY = UUID.randomUUID();
    private static final UUID CHAIR = UUID.randomUUID();
    private static final UUID MEMBER = UUID.randomUUID();
    private static final UUID DEPUTY = UUID.randomUUID();
    private static final UUID DEPUTY_CHAIR = UUID.randomUUID();
    private static final UUID OTHER = UUID.randomUUID();
    private static final LocalDate MEETS = LocalDate.of(2026, 12, 8);

    @ParameterizedTest(name = "{0} in boundary {1}, {2}, {3} days after: sees panel {4}, every item {5}, reads agenda {6}")
    @CsvSource({
            // who,            in boundary, meeting,   days after, sees panel, every item, reads agenda, runs meetings
            "admin,            false,       scheduled, 0,          true,       false,      false,        false",
            "manager,          true,        scheduled, 0,          true,       true,       true,         false",
            "manager,          false,       published, 0,          false,      false,      false,        false",
            "chair,            true,        scheduled, 0,          true,       true,       true,         true",
            "chair,            false,       published, 0,          false,      false,      false,        false",
            "chair of another, true,        published, 0,          false,      false,      false,        false",
            "member,           false,       published, 0,          true,       false,      true,         false",
            "member,           true,        scheduled, 0,          true,       false,      false,        false",
            "member,           true,        published, 28,         true,       false,      true,         false",
            "member,           true,        published, 29,         true,       false,      false,        false",
            "deputy,           false,       published, 0,          true,       false,      true,         false",
            "member without the role, true, published, 0,          false,      false,      false,        false",
            "other,            true,        published, 0,          false,      false,      false,        false",
            // The deputy chair runs the panel as the chair does: in boundary, with the panel-chair role.
            "deputy chair,     true,        scheduled, 0,          true,       true,       true,         true",
            "deputy chair,     true,        published, 60,         true,       true,       true,         true",
            "deputy chair,     false,       published, 0,          false,      false,      false,        false",
            "deputy chair without the role, true, published, 0,    false,      false,      false,        false",
            "deputy chair of another,  true, published, 0,         false,      false,      false,        false",
    })
    void decides(String who, boolean inBoundary, String meetingState, int daysAfter, boolean seesPanel, boolean everyItem,
            boolean readsAgenda, boolean runs) {
        Panel panel = new Panel("Thornbury Early Help Panel", LOCALITY, CHAIR, new Cadence(2, DayOfWeek.TUESDAY),
                LocalTime.of(10, 0), null, 7, 10, 3);
        panel.addMember(UUID.randomUUID(), MEMBER, DEPUTY);
        panel.appointDeputyChair(DEPUTY_CHAIR);
        Meeting meeting = new Meeting(panel.id(), MEETS, LocalTime.of(10, 0));
        if (meetingState.equals("published")) {
            meeting.publish(Instant.now());
        }
        PanelReader reader = reader(who, inBoundary ? Set.of(LOCALITY) : Set.of(UUID.randomUUID()));
        assertThat(reader.seesPanel(panel)).as("sees the panel").isEqualTo(seesPanel);
        assertThat(reader.seesEveryItem(panel)).as("sees every item").isEqualTo(everyItem);
        assertThat(reader.readsAgenda(panel, meeting, MEETS.plusDays(daysAfter), 28)).as("reads the agenda").isEqualTo(readsAgenda);
        assertThat(reader.runs(panel)).as("opens, runs and closes its meetings").isEqualTo(runs);
    }

    @org.junit.jupiter.api.Test
    void theDeputyChairCannotBeTheChair() {
        Panel panel = new Panel("Thornbury Early Help Panel", LOCALITY, CHAIR, new Cadence(2, DayOfWeek.TUESDAY),
                LocalTime.of(10, 0), null, 7, 10, 3);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> panel.appointDeputyChair(CHAIR))
                .isInstanceOf(org.placeworks.shared.InvalidInput.class);
        panel.appointDeputyChair(DEPUTY_CHAIR);
        panel.appointDeputyChair(null);
        assertThat(new PanelReader(false, false, true, true, DEPUTY_CHAIR, Set.of(LOCALITY)).runs(panel))
                .as("a deputy chair removed runs nothing").isFalse();
    }

    private static PanelReader reader(String who, Set<UUID> localities) {
        return switch (who) {
            case "admin" -> new PanelReader(true, false, false, false, OTHER, localities);
            case "manager" -> new PanelReader(false, true, false, false, OTHER, localities);
            case "chair" -> new PanelReader(false, false, true, true, CHAIR, localities);
            case "chair of another" -> new PanelReader(false, false, true, true, OTHER, localities);
            case "member" -> new PanelReader(false, false, false, true, MEMBER, localities);
            case "deputy" -> new PanelReader(false, false, false, true, DEPUTY, localities);
            case "deputy chair" -> new PanelReader(false, false, true, true, DEPUTY_CHAIR, localities);
            case "deputy chair without the role" -> new PanelReader(false, false, false, true, DEPUTY_CHAIR, localities);
            case "deputy chair of another" -> new PanelReader(false, false, true, true, OTHER, localities);
            case "member without the role" -> new PanelReader(false, false, false, false, MEMBER, localities);
            default -> new PanelReader(false, false, false, true, OTHER, localities);
        };
    }
}
