/**
 * Places: the tree of areas (authority, locality, ward, neighbourhood), estates that straddle
 * neighbourhoods, addresses with UPRN and postcode, deprivation deciles and boundary GeoJSON,
 * and their imports (all or nothing, see {@code PlaceImports}). Uses only {@code shared}; its pages
 * and API name roles through {@code identity.Roles} constants only.
 */
package org.placeworks.geography;
