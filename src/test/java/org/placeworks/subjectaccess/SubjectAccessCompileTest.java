package org.placeworks.subjectaccess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.placeworks.caf.CaseFilter;
import org.placeworks.caf.CaseNotes;
import org.placeworks.caf.CafCases;
import org.placeworks.caf.ContactType;
import org.placeworks.caf.NoteCommand;
import org.placeworks.family.PersonMatch;
import org.placeworks.family.PersonView;
import org.placeworks.identity.ActingAs;
import org.placeworks.identity.Roles;
import org.placeworks.intelligence.NewReport;
import org.placeworks.intelligence.ReportCategory;
import org.placeworks.intelligence.ReportChannel;
import org.placeworks.intelligence.ReportLocation;
import org.placeworks.intelligence.ReporterDetails;
import org.placeworks.intelligence.Reports;
import org.placeworks.intelligence.Victim;
import org.placeworks.shared.Conflict;
import org.placeworks.shared.NotFound;
import org.placeworks.shared.Today;
import org.placeworks.testsupport.MovableClock;

/**
 * The compile, worked on the demo's Begum family: everything about Aisha is there, her mother's name and date of
 * birth are not (unless the officer releases them), a report naming Aisha comes without its reporter, another
 * family's records are absent, nothing can be downloaded before release, and every step is in the audit trail.
 */
@QuarkusTest
class SubjectAccessCompileTest {

    private static final Set<String> DPO = Set.of(Roles.DPO);
    private static final Set<String> WORKER = Set.of(Roles.FRONTLINE, Roles.LEAD_PROFESSIONAL);

    @Inject
    SubjectAccessRequests requests;

    @Inject
    CafCases cases;

    @Inject
    CaseNotes notes;

    @Inject
    Reports reports;

    @Inject
    ActingAs actingAs;

    @Inject
    MovableClock clock;

    @Inject
    Today today;

    @Inject
    ObjectMapper json;

    @Inject
    AgroalDataSource db;

    @BeforeEach
    void atNoon() {
        clock.moveTo(ZonedDateTime.of(LocalDate.now(Today.LONDON), LocalTime.NOON, Today.LONDON).toInstant());
    }

    @AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    @Test
    void theExportHoldsEverythingAboutThePersonAndNothingAboutOthersUntilReleased() throws Exception {
        String marker = "Spoke with Rumana about the walking bus " + UUID.randomUUID();
        String told = "Aisha Begum was shouted at by the same teenagers " + UUID.randomUUID();
        actingAs.run("frontline", WORKER, () -> {
            UUID begum = cases.list(new CaseFilter(false, null, true, "Begum")).get(0).id();
            notes.add(begum, new NoteCommand(today.date().minusDays(1), LocalTime.of(10, 0), ContactType.PHONE, Set.of(), false,
                    marker, null, null, null));
        });
        actingAs.run("intel", Set.of(Roles.INTELLIGENCE_OFFICER), () -> reports.submitByStaff(new NewReport(
                ReportCategory.ANTI_SOCIAL_BEHAVIOUR, told, today.date().minusDays(3), null, ReportLocation.described("Thornbury market square"),
                Victim.NO, new ReporterDetails("Priya Reportwell", "priya.reportwell@example.org", "07700 900 111")),
                ReportChannel.PHONE, today.date().minusDays(2)));

        UUID id = actingAs.call("dpo", DPO, () -> {
            PersonView aisha = aisha();
            UUID logged = requests.log(new NewRequest(aisha.id(), "Rumana Begum", RequesterKind.PARENT, ReceivedHow.LETTER,
                    today.date().minusDays(2), true, "Passport seen"));
            requests.compile(logged);
            return logged;
        });

        String compiled = actingAs.call("dpo", DPO, () -> write(requests.find(id).export()));
        assertThat(compiled).contains("Aisha Begum", "School attendance", "Carer strain", "[third party]", "Walking bus place from Monday",
                "the walking bus", told.substring(0, 20));
        assertThat(compiled).as("another family's records").doesNotContain("Reid family", "Callum Reid", "Clarke family");
        assertThat(compiled).as("the reporter is never read").doesNotContain("Priya", "Reportwell", "07700 900 111");

        assertThatThrownBy(() -> actingAs.run("dpo", DPO, () -> requests.finalCopy(id, "JSON")))
                .as("nothing can be downloaded before release").isInstanceOf(Conflict.class);

        // The officer withholds the note and releases the rest as redacted.
        String noteKey = actingAs.call("dpo", DPO, () -> requests.find(id).export().sections().stream()
                .flatMap(s -> s.items().stream()).filter(i -> i.fields().stream().anyMatch(f -> f.value().contains("the walking bus")))
                .findFirst().orElseThrow().key());
        actingAs.run("dpo", DPO, () -> {
            requests.review(id, noteKey, ItemDecision.WITHHOLD, "Schedule 2 para 16: it is mostly about the mother");
            requests.release(id, requests.version(id));
        });
        String released = actingAs.call("dpo", DPO, () -> write(requests.finalCopy(id, "JSON")));
        assertThat(released).contains("Aisha Begum", "School attendance", "[third party]", "Withheld: Schedule 2 para 16",
                told.substring(0, 20), org.placeworks.subjectaccess.Redaction.REPORTER);
        assertThat(released).as("third parties redacted").doesNotContain("Rumana", "original");
        assertThat(released).as("the withheld note").doesNotContain("the walking bus");
        assertThat(released).doesNotContain("Priya", "Reportwell", "Reid family");

        assertThat(auditActions(id)).containsExactlyInAnyOrder("CREATE", "EXPORT", "VIEW", "VIEW", "UPDATE", "UPDATE", "EXPORT");
    }

    @Test
    void aReleaseCanLiftARedactionWithItsReason() throws Exception {
        UUID id = actingAs.call("dpo", DPO, () -> {
            UUID logged = requests.log(new NewRequest(aisha().id(), "Aisha's solicitor", RequesterKind.SOLICITOR, ReceivedHow.EMAIL,
                    today.date().minusDays(1), true, "Letter of authority checked"));
            requests.compile(logged);
            String household = requests.find(logged).export().sections().stream().filter(s -> s.key().equals("family"))
                    .flatMap(s -> s.items().stream()).filter(SubjectExport.Item::redacted).findFirst().orElseThrow().key();
            requests.review(logged, household, ItemDecision.RELEASE_UNREDACTED, "Her mother agreed in writing");
            requests.release(logged, requests.version(logged));
            return logged;
        });
        String released = actingAs.call("dpo", DPO, () -> write(requests.finalCopy(id, "JSON")));
        assertThat(released).contains("Rumana Begum", "Released without redaction: Her mother agreed in writing");
    }

    @Test
    void nobodyButTheDataProtectionOfficerFindsOrReadsRequests() {
        UUID id = actingAs.call("dpo", DPO, () -> requests.log(new NewRequest(aisha().id(), "Rumana Begum", RequesterKind.PARENT,
                ReceivedHow.PHONE, today.date(), false, null)));
        for (String user : List.of("frontline", "admin", "manager")) {
            Set<String> roles = user.equals("admin") ? Set.of(Roles.ADMIN) : user.equals("manager") ? Set.of(Roles.MANAGER) : WORKER;
            assertThatThrownBy(() -> actingAs.run(user, roles, () -> requests.find(id))).isInstanceOf(NotFound.class);
            assertThatThrownBy(() -> actingAs.run(user, roles, () -> requests.people("Aisha Begum", DemoAisha.bornOn(db), null)))
                    .isInstanceOf(NotFound.class);
            assertThatThrownBy(() -> actingAs.run(user, roles, () -> requests.compile(id))).isInstanceOf(NotFound.class);
        }
    }

    @Test
    void theOfficerFindsPeopleInEveryFamilyByNameAndDateOfBirthOrNhsNumber() {
        List<PersonMatch> found = actingAs.call("dpo", DPO, () -> requests.people("Aisha Begum", DemoAisha.bornOn(db), null));
        assertThat(found).isNotEmpty().allMatch(m -> !m.elsewhere());
        assertThatThrownBy(() -> actingAs.run("dpo", DPO, () -> requests.people("Aisha Begum", null, null)))
                .isInstanceOf(org.placeworks.shared.InvalidInput.class);
        assertThatThrownBy(() -> actingAs.run("dpo", DPO, () -> requests.people(null, null, "123")))
                .isInstanceOf(org.placeworks.shared.InvalidInput.class);
    }

    private PersonView aisha() {
        return requests.people("Aisha Begum", DemoAisha.bornOn(db), null).stream()
                .filter(m -> "Begum family".equals(m.familyName()) && m.person().fullName().equals("Aisha Begum"))
                .findFirst().orElseThrow().person();
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> auditActions(UUID id) throws Exception {
        List<String> actions = new ArrayList<>();
        try (Connection c = db.getConnection(); PreparedStatement q = c.prepareStatement(
                "select action from audit_entry where record_kind = 'subject-access' and record_id = ? order by at")) {
            q.setString(1, id.toString());
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    actions.add(rs.getString(1));
                }
            }
        }
        return actions;
    }
}
