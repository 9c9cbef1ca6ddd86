/**
 * Community Intelligence: the confidential reporting channel for residents (no sign-in) and staff.
 * A report says what happened, when and where; who reported it is held apart, encrypted with a
 * rotatable key, and never part of a {@link ReportView}. The reporter follows their report with a
 * receipt code stored only as a slow hash. Intelligence officers read reports through the one
 * {@code internal.ReportGate}: those whose Community Intelligence ground holds the place, and every
 * officer for a place outside our area. Uses {@code shared}, {@code identity}, {@code geography},
 * {@code organisation} and {@code audit}; may use {@code family}, {@code estate} and {@code caf} through their APIs.
 */
package org.placeworks.intelligence;
