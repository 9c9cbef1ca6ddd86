/**
 * Small resource grants ("a little pot of money"): funds per financial year with their limits,
 * grant requests from early help cases tied to the need they meet, decisions by the panel or by
 * the chair within a delegated limit, payments with receipts, and the finance return and audit
 * export. Every movement of a fund's money is a line of its ledger ({@code internal.FundLedger}), whose sums are
 * checked against the fund's row; a manager of the fund's service tops it up, reduces it and closes it at year end;
 * an award left unpaid too long lapses ({@code AwardLapses}, once a day across instances). A fund belongs to a service and to the panel that decides its grants; who may see and do
 * what is decided once, in {@code internal.GrantAccess}. Uses {@code shared}, {@code identity}, {@code audit}, {@code organisation},
 * {@code family}, {@code caf} and {@code panel} (through its {@code PanelIntake}, and {@code Panels} for the panels a reader sees).
 * A grant decided at the panel has one record, the request's: the panel's "award a grant" on the request's
 * item is recorded here through {@code PanelGrantDecision}, and a panel decision recorded here marks the item.
 */
package org.placeworks.grant;
