package org.placeworks.grant.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.placeworks.grant.FinancialYear;
import org.placeworks.grant.GrantCategory;
import org.placeworks.shared.Forbidden;

/** The grant rule as a decision table: who sees a fund, who may decide, pay and cancel a grant from it. */
class FundReaderTest {

    private static final UUID SERVICE = UUID.randomUUID();
    private static final UUID PANEL = UUID.randomUUID();

    @ParameterizedTest(name = "{0}: sees {1}, decides between meetings {2}, decides at panel {3}, pays {4}, cancels {5}")
    @CsvSource({
            // who,                                  sees,  delegated decision, panel decision, pays,  cancels
            "staff of the fund's service,            true,  false,              true,           false, false",
            "manager holding the service's boundary, true,  false,              true,           false, true",
            "chair of the fund's panel,              true,  true,               true,           false, true",
            "chair of the fund's panel who asked,    true,  false,              false,          false, true",
            "staff of the service who asked,         true,  false,              false,          false, false",
            "chair of another panel,                 false, false,              true,           false, false",
            "staff of another service,               false, false,              true,           false, false",
            "manager of another service,             false, false,              true,           false, false",
            "administrator,                          true,  false,              true,           false, false",
            "finance officer of the fund's service,  true,  false,              false,          true,  false",
            "finance officer who asked,              true,  false,              false,          false, false",
            "finance officer of another service,     false, false,              false,          false, false",
            "finance officer who chairs the panel,   true,  false,              false,          true,  false",
            "finance officer seeing it as a manager, true,  false,              false,          false, false",
    })
    void decides(String who, boolean sees, boolean delegated, boolean atPanel, boolean pays, boolean cancels) {
        Fund fund = new Fund(SERVICE, PANEL, "Thornbury small grants", new FinancialYear(2026), 250_000, 15_000, 30_000, 5_000);
        GrantRequest request = new GrantRequest(fund.id(), UUID.randomUUID(), UUID.randomUUID(), null, UUID.randomUUID(), "Glasses",
                GrantCategory.GLASSES, 4_000, null, "UC letter", "School", "asker", Instant.now());
        FundReader reader = reader(who);
        assertThat(reader.sees(fund)).as("sees").isEqualTo(sees);
        check(() -> reader.requireMayDecide(fund, request, true), delegated);
        check(() -> reader.requireMayDecide(fund, request, false), atPanel);
        check(() -> reader.requireMayPay(fund, request), pays);
        assertThat(reader.mayPay(fund, request)).as("may pay").isEqualTo(pays);
        check(() -> reader.requireMayCancel(fund), cancels);
        assertThat(reader.mayCancel(fund)).as("may cancel").isEqualTo(cancels);
    }

    /** Virement and year end are for a manager of the fund's own service (or one whose boundary holds it), no one else. */
    @ParameterizedTest(name = "{0}: changes the budget and closes the fund {1}")
    @CsvSource({
            "manager holding the service's boundary, true",
            "finance officer seeing it as a manager, true",
            "manager of another service,             false",
            "chair of the fund's panel,              false",
            "staff of the fund's service,            false",
            "administrator,                          false",
            "finance officer of the fund's service,  false",
    })
    void managesTheBudget(String who, boolean manages) {
        Fund fund = new Fund(SERVICE, PANEL, "Thornbury small grants", new FinancialYear(2026), 250_000, 15_000, 30_000, 5_000);
        FundReader reader = reader(who);
        assertThat(reader.managesBudget(fund)).as(who).isEqualTo(manages);
        check(() -> reader.requireMayManageBudget(fund), manages);
    }

    @org.junit.jupiter.api.Test
    void theRefusalsSayWhyInPlainWords() {
        Fund fund = new Fund(SERVICE, PANEL, "Thornbury small grants", new FinancialYear(2026), 250_000, 15_000, 30_000, 5_000);
        GrantRequest request = new GrantRequest(fund.id(), UUID.randomUUID(), UUID.randomUUID(), null, UUID.randomUUID(), "Glasses",
                GrantCategory.GLASSES, 4_000, null, "UC letter", "School", "asker", Instant.now());
        assertThatThrownBy(() -> reader("finance officer of the fund's service").requireMayDecide(fund, request, false))
                .hasMessage("A finance officer records payments and cannot decide a grant.");
        assertThatThrownBy(() -> reader("staff of the fund's service").requireMayPay(fund, request))
                .hasMessage("Only a finance officer of the fund's service records payments from it.");
        assertThatThrownBy(() -> reader("finance officer who asked").requireMayPay(fund, request))
                .hasMessage("You asked for this grant, so someone else must record its payment.");
        assertThatThrownBy(() -> reader("staff of the fund's service").requireMayCancel(fund))
                .hasMessageContaining("can cancel an award");
    }

    private static void check(org.assertj.core.api.ThrowableAssert.ThrowingCallable step, boolean allowed) {
        if (allowed) {
            assertThatCode(step).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(step).isInstanceOf(Forbidden.class);
        }
    }

    private static FundReader reader(String who) {
        return switch (who) {
            case "staff of the fund's service" -> new FundReader(false, Set.of(SERVICE), Set.of(), "worker");
            case "manager holding the service's boundary" ->
                    new FundReader(false, Set.of(SERVICE), Set.of(), "manager", false, Set.of(), true);
            case "chair of the fund's panel" -> new FundReader(false, Set.of(), Set.of(PANEL), "chair");
            case "chair of the fund's panel who asked" -> new FundReader(false, Set.of(), Set.of(PANEL), "asker");
            case "staff of the service who asked" -> new FundReader(false, Set.of(SERVICE), Set.of(), "asker");
            case "chair of another panel" -> new FundReader(false, Set.of(), Set.of(UUID.randomUUID()), "chair2");
            case "staff of another service" -> new FundReader(false, Set.of(UUID.randomUUID()), Set.of(), "nurse");
            case "manager of another service" ->
                    new FundReader(false, Set.of(UUID.randomUUID()), Set.of(), "manager2", false, Set.of(), true);
            case "finance officer of the fund's service" ->
                    new FundReader(false, Set.of(SERVICE), Set.of(), "finance", true, Set.of(SERVICE), false);
            case "finance officer who asked" ->
                    new FundReader(false, Set.of(SERVICE), Set.of(), "asker", true, Set.of(SERVICE), false);
            case "finance officer of another service" -> {
                UUID other = UUID.randomUUID();
                yield new FundReader(false, Set.of(other), Set.of(), "finance2", true, Set.of(other), false);
            }
            case "finance officer who chairs the panel" ->
                    new FundReader(false, Set.of(SERVICE), Set.of(PANEL), "finance-chair", true, Set.of(SERVICE), false);
            // Sees the fund through a manager's boundary, but pays only for the services they work in.
            case "finance officer seeing it as a manager" ->
                    new FundReader(false, Set.of(SERVICE), Set.of(), "finance-manager", true, Set.of(UUID.randomUUID()), true);
            default -> new FundReader(true, Set.of(), Set.of(), "admin");
        };
    }
}
