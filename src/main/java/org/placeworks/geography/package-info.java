/**
 * Places: the tree of areas (authority, locality, ward, neighbourhood), estates that straddle
 * neighbourhoods, addresses with UPRN and postcode, deprivation deciles and boundary GeoJSON,
 * and their imports (all or nothing, see {@code PlaceImports}). Uses {@code shared}, and
 * {@code identity} for the roles its pages and API allow.
 */
package org.placeworks.geography;
