package org.placeworks.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.placeworks.testsupport.WallProbe;

/**
 * The database's wall on the rest of a case's content (V44, V46; the function check as V54 reads it, needs as V64 plans it): a row passes
 * exactly where the case it belongs to does, directly or through the record that holds it, for a query that forgets
 * the boundary. The school nurse covers Southbank, and the demo town's cases elsewhere have needs, actions, reviews,
 * consent and the rest.
 */
@QuarkusTest
class CaseContentWallTest {

    private static final String NURSE = "frontline2";

    /** Tables whose rows name their case. */
    private static final List<String> HELD_BY_A_CASE = List.of("caf_case_child", "caf_case_note", "caf_need",
            "caf_action", "caf_assessment_element", "caf_child_assessment", "caf_earlier_assessment", "caf_review",
            "caf_consent_version", "caf_referrer_call", "caf_taf_meeting", "caf_sign_off", "caf_team_member",
            "insight_sustainment_check", "caf_case_transfer", "caf_event", "document", "panel_item");

    /** Tables that also pass a row another way: to the receiving service, to those who sit on the panel. */
    private static final Set<String> ALSO_PASSED_OTHERWISE = Set.of("caf_case_transfer", "panel_item");

    /** A table whose rows name the record that holds them: that record's table and the column naming it. */
    private record HeldByARecord(String table, String holder, String key) {
    }

    private static final List<HeldByARecord> HELD_BY_A_RECORD = List.of(
            new HeldByARecord("caf_case_note_addendum", "caf_case_note", "note_id"),
            new HeldByARecord("caf_case_note_seen", "caf_case_note", "note_id"),
            new HeldByARecord("caf_child_assessment_element", "caf_child_assessment", "assessment_id"),
            new HeldByARecord("caf_consent_giver", "caf_consent_version", "version_id"),
            new HeldByARecord("caf_consent_version_agency", "caf_consent_version", "version_id"),
            new HeldByARecord("caf_earlier_assessment_element", "caf_earlier_assessment", "assessment_id"),
            new HeldByARecord("caf_earlier_assessment_score", "caf_earlier_assessment", "assessment_id"),
            new HeldByARecord("caf_review_progress", "caf_review", "review_id"),
            new HeldByARecord("caf_sign_off_outcome", "caf_sign_off", "sign_off_id"),
            new HeldByARecord("caf_taf_meeting_action", "caf_taf_meeting", "meeting_id"),
            new HeldByARecord("caf_taf_meeting_person", "caf_taf_meeting", "meeting_id"),
            new HeldByARecord("caf_taf_meeting_staff", "caf_taf_meeting", "meeting_id"),
            new HeldByARecord("insight_sustainment_outcome", "insight_sustainment_check", "check_id"));

    @Test
    @TestSecurity(user = NURSE, roles = { "frontline", "lead-professional" })
    void aRowOfACasesContentPassesExactlyWhereItsCaseDoes() {
        Set<UUID> cases = WallProbe.asTheRequest("select id from caf_case");
        List<String> hiding = new ArrayList<>();
        for (String table : HELD_BY_A_CASE) {
            // Rows with no case (an event or document of a family alone) pass by their family, which RowWallTest covers.
            Set<UUID> everyCase = WallProbe.asOwner("select case_id from " + table + " where case_id is not null");
            Set<UUID> expected = new HashSet<>(everyCase);
            expected.retainAll(cases);
            Set<UUID> seen = WallProbe.asTheRequest("select case_id from " + table + " where case_id is not null");
            if (!ALSO_PASSED_OTHERWISE.contains(table)) {
                assertThat(seen).as(table).isEqualTo(expected);
            } else {
                // Also passed by the receiving service, or by sitting on the panel: never fewer than the case gives.
                assertThat(seen).as(table).containsAll(expected);
            }
            if (everyCase.size() > expected.size()) {
                hiding.add(table);
            }
        }
        assertThat(hiding).as("tables with rows of cases the nurse does not see, hidden from her")
                .contains("caf_need", "caf_action", "caf_review", "caf_consent_version", "caf_case_child",
                        "caf_sign_off", "caf_taf_meeting", "caf_event");
    }

    @Test
    @TestSecurity(user = NURSE, roles = { "frontline", "lead-professional" })
    void aRowHeldByARecordPassesExactlyWhereThatRecordDoes() {
        List<String> hiding = new ArrayList<>();
        for (HeldByARecord held : HELD_BY_A_RECORD) {
            String sql = "select " + held.key() + " from " + held.table();
            Set<UUID> everyHolder = WallProbe.asOwner(sql);
            Set<UUID> expected = new HashSet<>(everyHolder);
            expected.retainAll(WallProbe.asTheRequest("select id from " + held.holder()));
            assertThat(WallProbe.asTheRequest(sql)).as(held.table()).isEqualTo(expected);
            if (everyHolder.size() > expected.size()) {
                hiding.add(held.table());
            }
        }
        assertThat(hiding).as("tables with rows of records the nurse does not see, hidden from her")
                .contains("caf_consent_giver", "caf_review_progress");
    }

    @Test
    void someoneNotSignedInReadsNoneOfACasesContent() {
        for (String table : HELD_BY_A_CASE) {
            assertThat(WallProbe.asTheRequest("select case_id from " + table + " where case_id is not null"))
                    .as(table).isEmpty();
        }
        for (HeldByARecord held : HELD_BY_A_RECORD) {
            assertThat(WallProbe.asTheRequest("select " + held.key() + " from " + held.table())).as(held.table()).isEmpty();
        }
    }

    @Test
    void workThatIsNotARequestReadsEveryRow() {
        for (String table : HELD_BY_A_CASE) {
            String sql = "select case_id from " + table + " where case_id is not null";
            assertThat(WallProbe.asSystemWork(sql)).as(table).isEqualTo(WallProbe.asOwner(sql));
        }
    }
}
