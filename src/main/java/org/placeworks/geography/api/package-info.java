/**
 * The JSON API for places under {@code /api/v1}: areas (readable by all staff), addresses, and
 * all-or-nothing imports (administrators only). Errors are problem bodies from {@code shared.web}.
 */
package org.placeworks.geography.api;
