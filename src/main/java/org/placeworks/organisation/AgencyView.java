package org.placeworks.organisation;

import java.util.UUID;

public record AgencyView(UUID id, String name, AgencyKind kind, long version) {
}
