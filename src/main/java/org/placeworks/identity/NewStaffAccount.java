package org.placeworks.identity;

import java.util.Set;

/** What Keycloak needs to create a member of staff's account. */
public record NewStaffAccount(String username, String email, String givenName, String familyName, Set<String> roles) {
}
