/**
 * Open311 GeoReport v2 for FixMyStreet and other civic tools: the kinds of estate issue as services, reports
 * posted by a client with its API key and placed by their latitude and longitude in the estate and
 * neighbourhood boundaries ({@code geography.Places#locate}), filed as estate issues through
 * {@code estate.EstateIssues}, and the public reads of requests and their updates, which hold no personal
 * data. Administrators issue and revoke each client's key ({@code Open311Keys}; only a hash is kept). The
 * endpoints live under {@code /open311/v2/} ({@code api.GeoReportV2}); their errors are the spec's error
 * documents ({@code api.Open311Errors}). Uses {@code shared}, {@code identity}, {@code geography},
 * {@code audit}, {@code organisation} and {@code estate}.
 */
package org.placeworks.open311;
