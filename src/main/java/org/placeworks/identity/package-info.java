/**
 * Who is signed in and what their roles are, and the provisioning of staff accounts in Keycloak
 * through its admin API. Uses only {@code shared}.
 */
package org.placeworks.identity;
