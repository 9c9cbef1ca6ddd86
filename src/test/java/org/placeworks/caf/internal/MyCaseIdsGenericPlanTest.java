package org.placeworks.caf.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.placeworks.testsupport.WallProbe;

/**
 * PL/pgSQL may keep one generic plan of a statement for every later call on a connection. When "My cases" tested its
 * open-only choice through a variable (V56: list_closed = any (closed)), that plan could not use the worker's list
 * indexes and read every case the worker ever had, at the large size through parallel workers (docs/performance-log.md,
 * "My cases planned for any call"). V60 writes the choice into the statement. This reads the plans PostgreSQL makes for
 * the function's statements (auto_explain, nested statements, sent back as notices) with generic plans forced, and
 * checks that no condition on list_closed waits for a value: whatever plan a connection keeps, it can use the indexes.
 */
@QuarkusTest
class MyCaseIdsGenericPlanTest {

    /** list_closed compared with a value the plan does not know ($n), as "list_closed = ANY ($3)". */
    private static final Pattern LIST_CLOSED_BY_VALUE = Pattern.compile("list_closed (=|<>) (ANY \\()?\\$\\d");

    @Test
    void theOpenOnlyChoiceIsWrittenIntoEveryPlanOfIt() throws SQLException {
        List<String> plans = genericPlansOf("select * from placeworks_my_case_ids(true, ?, 'frontline')");

        assertThat(plans).as("plans of the function's statements").isNotEmpty();
        assertThat(plans).as("the open-only statement's plan").anyMatch(plan -> plan.contains("list_closed"));
        assertThat(plans.stream().flatMap(String::lines).filter(line -> line.contains("list_closed")))
                .as("conditions on list_closed in a generic plan")
                .noneMatch(line -> LIST_CLOSED_BY_VALUE.matcher(line).find());
    }

    /** The plans, as auto_explain reports them, of each statement a call runs, with generic plans forced. */
    private List<String> genericPlansOf(String call) throws SQLException {
        try (Connection owner = WallProbe.ownerConnection(); Statement s = owner.createStatement()) {
            assumeTrue(isSuperuser(s), "loading auto_explain needs a superuser (the embedded database's owner is one)");
            owner.setAutoCommit(false);
            try {
                s.execute("load 'auto_explain'");
                s.execute("set local auto_explain.log_min_duration = 0");
                s.execute("set local auto_explain.log_nested_statements = on");
                s.execute("set local auto_explain.log_level = notice");
                s.execute("set local plan_cache_mode = force_generic_plan");
                s.execute("select set_config('placeworks.scope', 'all', true)");
                try (PreparedStatement read = owner.prepareStatement(call)) {
                    read.setObject(1, staffId(s, "frontline"));
                    read.executeQuery().close();
                    List<String> plans = new ArrayList<>();
                    for (SQLWarning notice = read.getWarnings(); notice != null; notice = notice.getNextWarning()) {
                        if (notice.getMessage().contains("Query Text:") && !notice.getMessage().contains("placeworks_my_case_ids(")) {
                            plans.add(notice.getMessage());
                        }
                    }
                    return plans;
                }
            } finally {
                owner.rollback();
            }
        }
    }

    private static boolean isSuperuser(Statement s) throws SQLException {
        try (ResultSet rs = s.executeQuery("select rolsuper from pg_roles where rolname = current_user")) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    private static UUID staffId(Statement s, String username) throws SQLException {
        try (ResultSet rs = s.executeQuery("select id from staff_member where username = '" + username + "'")) {
            assertThat(rs.next()).as("the demo's " + username).isTrue();
            return rs.getObject(1, UUID.class);
        }
    }
}
