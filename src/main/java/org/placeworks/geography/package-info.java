/**
 * Places: the tree of areas (authority, locality, ward, neighbourhood), estates that straddle
 * neighbourhoods, addresses with UPRN and postcode, deprivation deciles and boundary GeoJSON,
 * and their imports. Uses only {@code shared}.
 */
package org.placeworks.geography;
