package org.placeworks.grant;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.placeworks.identity.ActingAs;
import org.placeworks.identity.Roles;
import org.placeworks.testsupport.WallProbe;

/**
 * A fund's ledger as a bank statement: each entry numbered within its fund with the balances after it, worked out by
 * the database as the entry is added (the balances of the app's own entries: FundLedgerTest); an entry's money is never
 * changed and no entry is removed, even by the schema's owner (V62); a long ledger is shown a page at a time.
 */
@QuarkusTest
class LedgerChainTest {

    @Inject
    GrantFixtures fixtures;

    @Inject
    GrantRequests requests;

    @Inject
    ActingAs actingAs;

    @Test
    @TestSecurity(user = "manager", roles = "manager")
    void everyFundsBalancesAreTheSumsOfItsEntries() throws SQLException {
        approved(fixtures.fundOfPanel(fixtures.thornburyPanel(), 67), 2_500);
        assertThat(ownerNumber("select count(*) from grant_fund")).isGreaterThan(1);
        // Every fund the demo and the tests have moved so far, the lapse job's releases among them.
        assertThat(ownerNumber("select count(*) from grant_ledger_entry e where (e.budget_after, e.committed_after, e.paid_after)"
                + " <> (select sum(p.budget_pence), sum(p.committed_pence), sum(p.paid_pence) from grant_ledger_entry p"
                + " where p.fund_id = e.fund_id and p.entry_no <= e.entry_no)")).isZero();
        assertThat(ownerNumber("select count(*) from (select fund_id from grant_ledger_entry group by fund_id"
                + " having max(entry_no) <> count(*) or min(entry_no) <> 1) gaps")).isZero();
    }

    @Test
    @TestSecurity(user = "manager", roles = "manager")
    void anEntrysMoneyIsNeverChangedAndNoEntryIsRemovedEvenByTheOwner() throws SQLException {
        UUID fund = fixtures.fundOfPanel(fixtures.thornburyPanel(), 68);
        String entry = "(select id from grant_ledger_entry where fund_id = '" + fund + "' and entry_no = 1)";
        assertThatThrownBy(() -> asOwner("update grant_ledger_entry set budget_pence = 1 where id = " + entry))
                .hasMessageContaining("only added to");
        assertThatThrownBy(() -> asOwner("update grant_ledger_entry set recorded_at = recorded_at - interval '1 day' where id = " + entry))
                .hasMessageContaining("only added to");
        assertThatThrownBy(() -> asOwner("delete from grant_ledger_entry where id = " + entry)).hasMessageContaining("only added to");
        assertThatThrownBy(() -> asOwner("truncate grant_ledger_entry")).hasMessageContaining("only added to");
        // What could name a family may still go, as retention's erasure does.
        assertThat(asOwner("update grant_ledger_entry set reason = 'Award on an early help record since disposed of' where id = " + entry))
                .isEqualTo(1);
        assertThat(ownerNumber("select budget_after from grant_ledger_entry where fund_id = '" + fund + "'")).isEqualTo(250_000);
    }

    /** A long ledger is shown a page at a time, newest first, each page reached by the link the one before shows. */
    @Test
    @TestSecurity(user = "manager", roles = "manager")
    void aLongLedgerIsShownFiftyEntriesAtATimeFromTheNewest() throws SQLException {
        UUID fund = fixtures.fundOfPanel(fixtures.thornburyPanel(), 71);
        try (Connection c = WallProbe.ownerConnection()) {
            for (int i = 0; i < 60; i++) {
                topUp(c, fund, 100);
            }
            try (Statement s = c.createStatement()) {
                s.executeUpdate("update grant_fund set budget_pence = budget_pence + 6000 where id = '" + fund + "'");
            }
        }
        String page = "/grants/funds/" + fund;
        String newest = given().get(page).then().statusCode(200).body(containsString("Showing entries 12 to 61 of 61."))
                .body(containsString("£2,560.00")).body(not(containsString("Later entries"))).extract().asString();
        String earlier = href(newest, "prev");
        assertThat(earlier).isEqualTo(page + "?ledger-before=12#ledger");
        String oldest = given().get(earlier.replace("#ledger", "")).then().statusCode(200)
                .body(containsString("Showing entries 1 to 11 of 61.")).body(containsString("Opening budget"))
                .body(not(containsString("Earlier entries"))).extract().asString();
        assertThat(href(oldest, "next")).isEqualTo(page + "#ledger");
        // Anything but an entry's number shows the newest page.
        given().get(page + "?ledger-before=soon").then().statusCode(200).body(containsString("Showing entries 12 to 61 of 61."));
        given().get("/api/v1/funds/" + fund).then().statusCode(200).body("ledgerEntries", equalTo(61))
                .body("ledger.size()", equalTo(50)).body("ledger[49].entryNo", equalTo(61));
        given().get("/api/v1/funds/" + fund + "/ledger").then().statusCode(200).body("size()", equalTo(61))
                .header("Link", org.hamcrest.Matchers.nullValue());
        // The API gives the ledger oldest first, a run at a time, each run named by the Link of the one before.
        String api = "/api/v1/funds/" + fund + "/ledger";
        String next = given().get(api + "?limit=25").then().statusCode(200).body("size()", equalTo(25))
                .body("[0].entryNo", equalTo(1)).body("[24].entryNo", equalTo(25)).extract().header("Link");
        assertThat(next).isEqualTo("<" + api + "?after=25&limit=25>; rel=\"next\"");
        next = given().get(api + "?after=25&limit=25").then().statusCode(200).body("[0].entryNo", equalTo(26))
                .extract().header("Link");
        assertThat(next).isEqualTo("<" + api + "?after=50&limit=25>; rel=\"next\"");
        given().get(api + "?after=50&limit=25").then().statusCode(200).body("size()", equalTo(11))
                .body("[10].entryNo", equalTo(61)).body("[10].budgetAfterPence", equalTo(256_000))
                .header("Link", org.hamcrest.Matchers.nullValue());
        given().get(api + "?limit=501").then().statusCode(422).body(containsString("limit"));
        given().get(api + "?limit=0").then().statusCode(422).body(containsString("limit"));
        given().get(api + "?after=soon").then().statusCode(422).body(containsString("after"));
    }

    private static String href(String html, String rel) {
        Matcher link = Pattern.compile("href=\"([^\"]+)\" rel=\"" + rel + "\"").matcher(html);
        assertThat(link.find()).as("a link to the " + rel + " page").isTrue();
        return link.group(1);
    }

    /** Two entries added at once to one fund, neither through the app: the second waits for the first, then follows it. */
    @Test
    @TestSecurity(user = "manager", roles = "manager")
    void entriesAddedAtOnceToOneFundAreNumberedOneAfterTheOther() throws Exception {
        UUID fund = fixtures.fundOfPanel(fixtures.thornburyPanel(), 69);
        try (Connection first = WallProbe.ownerConnection(); Connection second = WallProbe.ownerConnection()) {
            first.setAutoCommit(false);
            second.setAutoCommit(false);
            topUp(first, fund, 1_000);
            CompletableFuture<Void> waiting = CompletableFuture.runAsync(() -> {
                try {
                    topUp(second, fund, 2_000);
                    second.commit();
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            assertThatThrownBy(() -> waiting.get(1, TimeUnit.SECONDS)).as("the second waits for the first")
                    .isInstanceOf(java.util.concurrent.TimeoutException.class);
            first.commit();
            waiting.get(30, TimeUnit.SECONDS);
        }
        assertThat(ownerText("select string_agg(entry_no || ':' || budget_after, ',' order by entry_no) from grant_ledger_entry"
                + " where fund_id = '" + fund + "'")).isEqualTo("1:250000,2:251000,3:253000");
    }

    private static void topUp(Connection c, UUID fund, long pence) throws SQLException {
        try (PreparedStatement add = c.prepareStatement("insert into grant_ledger_entry (id, fund_id, kind, budget_pence, reason,"
                + " recorded_by, recorded_at) values (?, ?, 'TOP_UP', ?, 'Top-up', 'finance', now())")) {
            add.setObject(1, UUID.randomUUID());
            add.setObject(2, fund);
            add.setLong(3, pence);
            add.executeUpdate();
        }
    }

    private UUID approved(UUID fund, long pence) {
        UUID id = fixtures.request(fund, pence);
        actingAs.run("chair", Set.of(Roles.PANEL_CHAIR), () -> requests.decide(id, new DecisionCommand(DecisionRoute.CHAIR,
                null, DecisionOutcome.APPROVE, null, "Meets the need", fixtures.version(id))));
        return id;
    }

    private static int asOwner(String sql) throws SQLException {
        try (Connection c = WallProbe.ownerConnection(); Statement s = c.createStatement()) {
            return s.executeUpdate(sql);
        }
    }

    private static String ownerText(String sql) throws SQLException {
        try (Connection c = WallProbe.ownerConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }

    private static Long ownerNumber(String sql) throws SQLException {
        try (Connection c = WallProbe.ownerConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getObject(1) == null ? null : r.getLong(1);
        }
    }
}
