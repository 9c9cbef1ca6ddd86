package org.placeworks.caf.internal;

import java.util.UUID;

/** Who asked for support: told the outcome when the case closes. */
public record Referrer(String name, UUID agencyId, String email, String phone) {
}
