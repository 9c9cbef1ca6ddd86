package org.placeworks.caf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.placeworks.family.Families;
import org.placeworks.family.PersonView;
import org.placeworks.shared.Conflict;
import org.placeworks.shared.Forbidden;
import org.placeworks.shared.InvalidInput;
import org.placeworks.shared.StaleEdit;
import org.placeworks.shared.Today;
import org.placeworks.testsupport.MovableClock;

/** Contacts and case notes: who records them, what is refused, and the author's 24 hours before only addenda. */
@QuarkusTest
class CaseNotesTest {

    @Inject
    CaseNotes notes;

    @Inject
    CaseWork work;

    @Inject
    CafCases cases;

    @Inject
    Families families;

    @Inject
    SouthbankCase southbank;

    @Inject
    MovableClock clock;

    @Inject
    jakarta.enterprise.event.Event<org.placeworks.family.PeopleMerged> merged;

    private UUID caseId;
    private List<PersonView> people;

    @BeforeEach
    void aSouthbankCaseWithConsent() {
        // Noon in London, so that an hour either side stays on the same day.
        clock.moveTo(ZonedDateTime.now(Today.LONDON).withHour(12).withMinute(0).withSecond(0).withNano(0).toInstant());
        caseId = southbank.open();
        LocalDate today = southbank.today();
        southbank.frontline(() -> work.recordConsent(caseId, new ConsentCommand("Rae", null, today, "Assessment and sharing",
                Set.of(), Set.of(), southbank.version(caseId))));
        people = southbank.frontline(() -> cases.find(caseId)).family().people();
    }

    @AfterEach
    void clockBack() {
        clock.reset();
    }

    private NoteCommand homeVisit(LocalDate on, LocalTime at, String text, Long version) {
        return new NoteCommand(on, at, ContactType.HOME_VISIT, Set.of(people.get(0).id(), people.get(1).id()), true, text,
                "Check attendance with school", on.plusDays(7), version);
    }

    private LocalDate today() {
        return southbank.today();
    }

    @Test
    void aTeamMemberRecordsTheirContactAndTheOwningServiceReadsIt() {
        UUID nurse = southbank.nurse();
        assertThatThrownBy(() -> southbank.nurse(() -> notes.add(caseId, homeVisit(today(), LocalTime.of(10, 0), "Visit", null))))
                .isInstanceOf(Forbidden.class);
        southbank.frontline(() -> work.addTeamMember(caseId, nurse, southbank.version(caseId)));

        NoteView written = southbank.nurse(() -> notes.add(caseId, new NoteCommand(today(), LocalTime.of(10, 15),
                ContactType.SCHOOL, Set.of(people.get(1).id()), true, "Saw Sol at school: settled, attending", null, null, null)));

        List<NoteView> read = southbank.frontline(() -> notes.list(caseId));
        assertThat(read).singleElement().satisfies(n -> {
            assertThat(n.id()).isEqualTo(written.id());
            assertThat(n.type()).isEqualTo(ContactType.SCHOOL);
            assertThat(n.happenedAt()).isEqualTo(today().atTime(10, 15));
            assertThat(n.seen()).extracting(NoteView.Seen::name).containsExactly(people.get(1).fullName());
            assertThat(n.childSeenAlone()).isTrue();
            assertThat(n.authorId()).isEqualTo(nurse);
            assertThat(n.text()).isEqualTo("Saw Sol at school: settled, attending");
            assertThat(n.editable()).as("only the author corrects a note").isFalse();
        });
        assertThat(southbank.frontline(() -> cases.page(caseId, c -> false)).timeline())
                .anySatisfy(e -> assertThat(e.what()).contains("School note recorded by"));
    }

    /** The list reads notes, who was seen and the addenda in one statement: each note once, each addendum once, in order. */
    @Test
    void theListHasEveryNoteOnceWithEveryoneSeenAndEachAddendumOnceInOrder() {
        NoteView morning = southbank.frontline(() -> notes.add(caseId, homeVisit(today(), LocalTime.of(9, 0), "Morning", null)));
        NoteView later = southbank.frontline(() -> notes.add(caseId, homeVisit(today(), LocalTime.of(11, 0), "Later", null)));
        long version = morning.version();
        for (String text : List.of("First addendum", "Second addendum", "Third addendum")) {
            long current = version;
            version = southbank.frontline(() -> notes.addendum(caseId, morning.id(), text, current)).version();
        }

        List<NoteView> read = southbank.frontline(() -> notes.list(caseId));

        assertThat(read).extracting(NoteView::id).as("latest contact first, each once").containsExactly(later.id(), morning.id());
        assertThat(read).allSatisfy(n -> assertThat(n.seen()).extracting(NoteView.Seen::name)
                .containsExactlyInAnyOrder(people.get(0).fullName(), people.get(1).fullName()));
        assertThat(read.get(0).addenda()).isEmpty();
        assertThat(read.get(1).addenda()).extracting(NoteView.Addendum::text)
                .containsExactly("First addendum", "Second addendum", "Third addendum");
    }

    @Test
    void aContactInTheFutureOrBeforeTheReferralIsRefusedNamingTheDate() {
        assertThatThrownBy(() -> southbank.frontline(() -> notes.add(caseId, homeVisit(today(), LocalTime.of(13, 0), "Later", null))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors()).containsKey("happenedOn"));
        assertThatThrownBy(() -> southbank.frontline(() -> notes.add(caseId, homeVisit(today().minusDays(6), LocalTime.of(9, 0),
                "Before", null)))).isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.errors().get("happenedOn")).contains("before the request for support"));
        assertThatThrownBy(() -> southbank.frontline(() -> notes.add(caseId, new NoteCommand(today(), LocalTime.of(9, 0), null,
                Set.of(UUID.randomUUID()), null, " ", null, null, null)))).isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.errors()).containsKeys("type", "seen", "childSeenAlone", "text"));
        assertThatThrownBy(() -> southbank.frontline(() -> notes.add(caseId, new NoteCommand(null, null, null, null, null, null,
                null, null, null)))).isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.errors()).containsKeys("happenedOn", "type", "childSeenAlone", "text"));
        assertThat(southbank.frontline(() -> notes.list(caseId))).as("nothing half-saved").isEmpty();
    }

    @Test
    void theAuthorCorrectsANoteFor24HoursThenOnlyAnAddendumAddsToIt() {
        NoteView note = southbank.frontline(() -> notes.add(caseId, homeVisit(today(), LocalTime.of(11, 0), "Rae was at home", null)));
        assertThat(note.editable()).isTrue();

        NoteView corrected = southbank.frontline(() -> notes.edit(caseId, note.id(),
                homeVisit(today(), LocalTime.of(11, 30), "Rae and Sol were at home", note.version())));
        assertThat(corrected.text()).isEqualTo("Rae and Sol were at home");
        assertThat(corrected.editedAt()).isNotNull();
        assertThatThrownBy(() -> southbank.frontline(() -> notes.edit(caseId, note.id(),
                homeVisit(today(), LocalTime.of(11, 30), "Again", note.version())))).isInstanceOf(StaleEdit.class);
        assertThatThrownBy(() -> southbank.manager(() -> notes.edit(caseId, note.id(),
                homeVisit(today(), LocalTime.of(11, 30), "Not mine", corrected.version())))).isInstanceOf(Forbidden.class);

        clock.moveTo(clock.instant().plus(Duration.ofHours(24)).plusSeconds(1));
        NoteView late = southbank.frontline(() -> notes.note(caseId, note.id()));
        assertThat(late.editable()).isFalse();
        assertThatThrownBy(() -> southbank.frontline(() -> notes.edit(caseId, note.id(),
                homeVisit(today().minusDays(1), LocalTime.of(11, 30), "Too late", late.version()))))
                .isInstanceOf(Conflict.class).isNotInstanceOf(StaleEdit.class).hasMessageContaining("addendum");

        Instant signedAt = clock.instant();
        NoteView added = southbank.manager(() -> notes.addendum(caseId, note.id(), "Sol's bedroom has no bed: see follow-up",
                late.version()));
        assertThat(added.text()).as("the note as written is kept").isEqualTo("Rae and Sol were at home");
        assertThat(added.addenda()).singleElement().satisfies(a -> {
            assertThat(a.text()).isEqualTo("Sol's bedroom has no bed: see follow-up");
            assertThat(a.writtenAt()).isEqualTo(signedAt);
            assertThat(a.author()).isNotBlank();
        });
        assertThat(added.version()).isGreaterThan(late.version());
        assertThatThrownBy(() -> southbank.frontline(() -> notes.addendum(caseId, note.id(), "Stale", late.version())))
                .isInstanceOf(StaleEdit.class);
        assertThatThrownBy(() -> southbank.frontline(() -> notes.addendum(caseId, note.id(), "", added.version())))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors()).containsKey("text"));
        assertThat(southbank.frontline(() -> notes.note(caseId, note.id())).addenda()).hasSize(1);
    }

    @Test
    void aNoteFollowsAMergeOfSomeoneSeenIntoTheRecordKept() {
        NoteView note = southbank.frontline(() -> notes.add(caseId, homeVisit(today(), LocalTime.of(9, 0), "Both at home", null)));
        UUID parent = people.get(0).id();
        UUID child = people.get(1).id();
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .run(() -> merged.fire(new org.placeworks.family.PeopleMerged(parent, child)));
        assertThat(southbank.frontline(() -> notes.note(caseId, note.id())).seen()).extracting(NoteView.Seen::personId)
                .containsExactly(parent);
    }
}
