/**
 * The administrators' pages for places: the area tree, areas, estates' neighbourhoods, boundaries,
 * addresses, and the CSV and GeoJSON imports. Thin: each handler binds a form, calls {@code Places}
 * or {@code PlaceImports} once, and renders a checked template or redirects (post-redirect-get).
 */
package org.placeworks.geography.web;
