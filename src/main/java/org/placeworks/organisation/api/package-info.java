/**
 * The organisation feature's JSON API under {@code /api/v1}: agencies, services, strand delivery and
 * staff for administrators, and "who covers this address" for every member of staff within their
 * boundary. Thin: each method calls one service method of {@code org.placeworks.organisation}.
 */
package org.placeworks.organisation.api;
