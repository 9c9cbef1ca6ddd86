/**
 * Small resource grants ("a little pot of money"): funds per financial year with their limits,
 * grant requests from early help cases tied to the need they meet, decisions by the panel or by
 * the chair within a delegated limit, payments with receipts, and the finance return and audit
 * export. Uses {@code shared}, {@code identity}, {@code audit}, {@code organisation},
 * {@code family}, {@code caf} and {@code panel} (through its {@code PanelIntake}).
 */
package org.placeworks.grant;
