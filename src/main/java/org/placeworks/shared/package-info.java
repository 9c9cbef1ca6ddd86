/**
 * What every feature shares: domain errors, the clock and, in {@code shared.web}, the page layout,
 * navigation, error pages and the GOV.UK Frontend assets. Depends on nothing else in Placeworks.
 */
package org.placeworks.shared;
