/**
 * The append-only audit trail: who viewed or changed which record of personal data, and when.
 * Written in the same transaction as the change it records. Uses {@code shared} and {@code identity}.
 */
package org.placeworks.audit;
