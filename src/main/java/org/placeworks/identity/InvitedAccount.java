package org.placeworks.identity;

/** A new account: its Keycloak id and the one-time password the member of staff must change at first sign-in. */
public record InvitedAccount(String keycloakId, String temporaryPassword) {
}
