package org.placeworks.organisation;

/** The result of an invitation: the new member of staff and the one-time password to pass on to them securely. */
public record Invitation(StaffView staff, String temporaryPassword) {
}
