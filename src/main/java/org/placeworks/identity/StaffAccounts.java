package org.placeworks.identity;

import java.util.Set;

/** Staff accounts in the identity provider: the only place Placeworks creates, changes or disables them. */
public interface StaffAccounts {

    /** Creates the account with its roles and a temporary password that must be changed at first sign-in. */
    InvitedAccount invite(NewStaffAccount account);

    Set<String> roles(String keycloakId);

    /** The Keycloak id of an account made outside Placeworks (for example the demo realm's users). */
    java.util.Optional<String> idOf(String username);

    /** Makes the account's Placeworks roles exactly these. */
    void changeRoles(String keycloakId, Set<String> roles);

    /** A leaver can no longer sign in; their sessions end. */
    void disable(String keycloakId);
}
