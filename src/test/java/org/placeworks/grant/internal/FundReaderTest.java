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

/** The grant rule as a decision table: who sees a fund, who may decide and pay a grant from it. */
class FundReaderTest {

    private static final UUID SERVICE = UUID.randomUUID();
    private static final UUID PANEL = UUID.randomUUID();

    @ParameterizedTest(name = "{0}: sees {1}, decides between meetings {2}, decides at panel {3}, pays {4}")
    @CsvSource({
            // who,                                  sees,  delegated decision, panel decision, pays
            "staff of the fund's service,            true,  false,              true,           true",
            "manager holding the service's boundary, true,  false,              true,           true",
            "chair of the fund's panel,              true,  true,               true,           true",
            "chair of the fund's panel who asked,    true,  false,              false,          false",
            "staff of the service who asked,         true,  false,              false,          false",
            "chair of another panel,                 false, false,              true,           true",
            "staff of another service,               false, false,              true,           true",
            "administrator,                          true,  false,              true,           true",
    })
    void decides(String who, boolean sees, boolean delegated, boolean atPanel, boolean pays) {
        Fund fund = new Fund(SERVICE, PANEL, "Thornbury small grants", new FinancialYear(2026), 250_000, 15_000, 30_000, 5_000);
        GrantRequest request = new GrantRequest(fund.id(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "Glasses",
                GrantCategory.GLASSES, 4_000, null, "UC letter", "School", "asker", Instant.now());
        FundReader reader = reader(who);
        assertThat(reader.sees(fund)).as("sees").isEqualTo(sees);
        check(() -> reader.requireMayDecide(fund, request, true), delegated);
        check(() -> reader.requireMayDecide(fund, request, false), atPanel);
        check(() -> reader.requireMayPay(request), pays);
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
            case "staff of the fund's service", "manager holding the service's boundary" ->
                    new FundReader(false, Set.of(SERVICE), Set.of(), "worker");
            case "chair of the fund's panel" -> new FundReader(false, Set.of(), Set.of(PANEL), "chair");
            case "chair of the fund's panel who asked" -> new FundReader(false, Set.of(), Set.of(PANEL), "asker");
            case "staff of the service who asked" -> new FundReader(false, Set.of(SERVICE), Set.of(), "asker");
            case "chair of another panel" -> new FundReader(false, Set.of(), Set.of(UUID.randomUUID()), "chair2");
            case "staff of another service" -> new FundReader(false, Set.of(UUID.randomUUID()), Set.of(), "nurse");
            default -> new FundReader(true, Set.of(), Set.of(), "admin");
        };
    }
}
