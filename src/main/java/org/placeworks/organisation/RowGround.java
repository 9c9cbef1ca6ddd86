package org.placeworks.organisation;

import java.util.Set;
import java.util.UUID;

/**
 * What PostgreSQL's wall (migration V44) lets one request's queries see, worked out by {@link AccessPolicy#rowGround()}
 * from the same facts as every record gate: the member of staff, their roles (a confidential report is for
 * intelligence officers, V46), their services, the neighbourhoods and estates those services cover, and the records
 * shared with them now; and the name the request is made under, whoever sends it (V47). Wider than what any gate
 * shows, never narrower.
 */
public record RowGround(String scope, String principal, UUID staffId, Set<String> roles, Set<UUID> services,
        Set<UUID> neighbourhoods, Set<UUID> estates, Set<UUID> shared) {

    /** System work (scheduled jobs, start-up), administrators and the data protection officer: every row. */
    public static final RowGround ALL = new RowGround("all", "", null, Set.of(), Set.of(), Set.of(), Set.of(), Set.of());

    public RowGround {
        roles = Set.copyOf(roles);
        services = Set.copyOf(services);
        neighbourhoods = Set.copyOf(neighbourhoods);
        estates = Set.copyOf(estates);
        shared = Set.copyOf(shared);
    }

    /**
     * Someone signed out, a leaver, or a person with no staff record: no row of personal data, only what they sent
     * themselves under their name ({@code principal}: the answers kept for their repeated requests, V47).
     */
    public static RowGround nothing(String principal) {
        return new RowGround("nothing", principal, null, Set.of(), Set.of(), Set.of(), Set.of(), Set.of());
    }

    public static RowGround staff(String principal, UUID staffId, Set<String> roles, Set<UUID> services,
            Set<UUID> neighbourhoods, Set<UUID> estates, Set<UUID> shared) {
        return new RowGround("staff", principal, staffId, roles, services, neighbourhoods, estates, shared);
    }
}
