/**
 * Estate Services: issues on an estate (category, place, photos, optional reporter contact), routed by
 * category to the Estate Services service whose boundary holds the place ({@code internal.IssueRouting}),
 * with a target date in working days, states that tell fixed from closed without fixing, and what of them
 * the public may see (for Open311). Who may see and change an estate record is decided once, in
 * {@code internal.EstateGate}. Uses {@code shared}, {@code identity}, {@code geography}, {@code audit} and
 * {@code organisation}.
 */
package org.placeworks.estate;
