package org.placeworks.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.placeworks.audit.AuditAction;
import org.placeworks.audit.AuditTrail;
import org.placeworks.identity.CurrentStaff;
import org.placeworks.identity.InvitedAccount;
import org.placeworks.identity.NewStaffAccount;
import org.placeworks.identity.Roles;
import org.placeworks.identity.StaffAccounts;
import org.placeworks.organisation.internal.Agency;
import org.placeworks.organisation.internal.AgencyRepository;
import org.placeworks.organisation.internal.ServiceRepository;
import org.placeworks.organisation.internal.StaffMember;
import org.placeworks.organisation.internal.StaffMemberRepository;
import org.placeworks.shared.InvalidInput;
import org.placeworks.shared.NotFound;
import org.placeworks.shared.StaleEdit;
import org.placeworks.shared.Text;
import org.placeworks.shared.Today;

/**
 * Staff and their service memberships. Inviting, changing roles and disabling a leaver act on
 * Keycloak and on Placeworks together; every change is audited.
 */
@ApplicationScoped
public class StaffDirectory {

    private static final String USERNAME = "[a-z0-9][a-z0-9._-]{2,59}";
    private static final String EMAIL = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";
    /** Keycloak's person-name rule refuses these. */
    private static final String NOT_IN_NAMES = "<>&\"$%!#?\u00a7;*~/\\|^=[]{}()";
    private static final int NAME_LENGTH = Text.SHORT;

    @Inject
    StaffMemberRepository staff;

    @Inject
    ServiceRepository services;

    @Inject
    AgencyRepository agencies;

    @Inject
    StaffAccounts accounts;

    @Inject
    Services serviceViews;

    @Inject
    CurrentStaff current;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    Today today;

    @Inject
    org.placeworks.shared.Reading reading;

    @Inject
    Services directory;

    @Inject
    AccessPolicy policy;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<StaffView> me() {
        if (!current.signedIn()) {
            return Optional.empty();
        }
        if (reading.inReading()) {
            // The request's ground (the access policy) has read the signed-in person's record already: not read again.
            return reading.once("organisation.me", () -> policy.signedInMember().map(this::view));
        }
        return staff.byUsername(current.username()).map(this::view);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StaffView> all() {
        return staff.all().stream().map(this::view).toList();
    }

    @Transactional
    public StaffView member(UUID id) {
        StaffMember member = find(id);
        audit.record(AuditAction.VIEW, "staff", id, "Viewed " + member.username());
        return view(member);
    }

    /** The member's Placeworks roles as Keycloak holds them. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<String> roles(UUID id) {
        StaffMember member = find(id);
        // Accounts made outside Placeworks (the demo realm's users) are not linked yet: look them up by user name.
        Optional<String> keycloakId = member.keycloakId() != null ? Optional.of(member.keycloakId())
                : accounts.idOf(member.username());
        return keycloakId.map(k -> (Set<String>) new TreeSet<>(accounts.roles(k))).orElse(Set.of());
    }

    /** The staff who work for a service, current staff first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StaffView> membersOf(UUID serviceId) {
        return staff.all().stream().filter(m -> m.services().contains(serviceId)).map(this::view).toList();
    }

    /**
     * Names and agencies of staff, for records that hold their ids; one query whatever the number. In a reading (the case
     * page), names already read for one part of the page are not read again for another.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, StaffName> names(java.util.Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<UUID, StaffName> known = reading.once("organisation.staff-names", java.util.HashMap::new);
        Set<UUID> missing = ids.stream().filter(id -> id != null && !known.containsKey(id)).collect(Collectors.toSet());
        if (!missing.isEmpty()) {
            Map<UUID, String> agencyNames = agencyNames();
            // Only the names: not the staff records with their services, and the ids bound as one array.
            @SuppressWarnings("unchecked")
            List<Object[]> rows = staff.getEntityManager().createNativeQuery("select id, username, given_name, family_name,"
                    + " agency_id, active from staff_member where id = any(:ids)").setParameter("ids", missing.toArray(UUID[]::new))
                    .getResultList();
            rows.forEach(r -> known.put((UUID) r[0], new StaffName((UUID) r[0], (String) r[1], r[2] + " " + r[3], (UUID) r[4],
                    agencyNames.get((UUID) r[4]), (Boolean) r[5])));
        }
        Map<UUID, StaffName> names = new LinkedHashMap<>();
        ids.stream().distinct().filter(known::containsKey).forEach(id -> names.put(id, known.get(id)));
        return names;
    }

    /** Every agency's name, read once in a reading (see {@link Services#agencies()}). */
    private Map<UUID, String> agencyNames() {
        return directory.agencies().stream().collect(Collectors.toMap(AgencyView::id, AgencyView::name));
    }

    /** Work email addresses of staff, for a contact line on a record they hold; one query whatever the number. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, String> workEmails(java.util.Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<UUID, String> emails = new LinkedHashMap<>();
        staff.byIds(ids).forEach(m -> emails.put(m.id(), m.email()));
        return emails;
    }

    /** Active staff to choose from (lead professionals, action owners), by name. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StaffName> activeNames() {
        Map<UUID, String> agencyNames = agencyNames();
        return staff.all().stream().filter(StaffMember::active).map(m -> new StaffName(m.id(), m.username(),
                m.givenName() + " " + m.familyName(), m.agencyId(), agencyNames.get(m.agencyId()), true)).toList();
    }

    /** Creates the Keycloak account (roles, a password to change at first sign-in) and the member of staff. */
    @Transactional
    public Invitation invite(InviteCommand command) {
        Map<String, String> problems = inviteProblems(command);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        String username = command.username().strip().toLowerCase();
        StaffMember member = new StaffMember(username, command.givenName().strip(), command.familyName().strip(),
                command.email().strip(), blankToNull(command.jobTitle()), command.agencyId());
        member.memberOf(command.serviceIds());
        // Keycloak last: everything Placeworks checks has passed, so a refusal here leaves nothing half-made.
        InvitedAccount account = accounts.invite(new NewStaffAccount(username, member.email(), member.givenName(),
                member.familyName(), command.roles()));
        member.linkAccount(account.keycloakId());
        staff.persist(member);
        audit.record(AuditAction.CREATE, "staff", member.id(), "Invited " + username + " with roles "
                + String.join(", ", new TreeSet<>(command.roles())) + " to " + serviceNames(command.serviceIds()));
        return new Invitation(view(member), account.temporaryPassword());
    }

    /** Sets a member's roles (in Keycloak) and service memberships (in Placeworks). */
    @Transactional
    public StaffView changeAccess(UUID id, Set<String> roles, Set<UUID> serviceIds, Long version) {
        StaffMember member = find(id);
        StaleEdit.check("member of staff", version, member.version());
        Map<String, String> problems = new LinkedHashMap<>();
        roleProblem(roles).ifPresent(p -> problems.put("roles", p));
        serviceProblem(serviceIds).ifPresent(p -> problems.put("serviceIds", p));
        if (!member.active()) {
            problems.put("roles", member.givenName() + " " + member.familyName() + " has left; their access cannot change");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Set<String> rolesBefore = accounts.roles(keycloakId(member));
        String servicesBefore = serviceNames(member.services());
        member.memberOf(serviceIds);
        staff.flush();
        accounts.changeRoles(keycloakId(member), roles);
        audit.record(AuditAction.UPDATE, "staff", id, "Changed " + member.username() + "'s access: roles "
                + placeworksRoles(rolesBefore) + " -> " + placeworksRoles(roles) + "; services " + servicesBefore + " -> "
                + serviceNames(serviceIds));
        return view(member);
    }

    /** A leaver: disabled in Keycloak and in Placeworks, memberships ended, history kept. */
    @Transactional
    public StaffView disable(UUID id, Long version) {
        StaffMember member = find(id);
        StaleEdit.check("member of staff", version, member.version());
        String servicesBefore = serviceNames(member.services());
        member.leave(today.date());
        staff.flush();
        accounts.disable(keycloakId(member));
        audit.record(AuditAction.UPDATE, "staff", id, "Disabled " + member.username() + " as a leaver: active in " + servicesBefore
                + " -> disabled, in no service");
        return view(member);
    }

    /** Demo and import use: a member of staff whose Keycloak account already exists. */
    @Transactional
    public StaffView register(String username, String givenName, String familyName, String email, String jobTitle,
            UUID agencyId, Set<UUID> serviceIds) {
        StaffMember member = staff.byUsername(username).orElseGet(() -> {
            StaffMember created = new StaffMember(username, givenName, familyName, email, jobTitle, agencyId);
            staff.persist(created);
            return created;
        });
        member.memberOf(serviceIds);
        return view(member);
    }

    private String keycloakId(StaffMember member) {
        if (member.keycloakId() == null) {
            member.linkAccount(accounts.idOf(member.username())
                    .orElseThrow(() -> new NotFound("Keycloak account for", member.username())));
        }
        return member.keycloakId();
    }

    private Map<String, String> inviteProblems(InviteCommand c) {
        Map<String, String> problems = new LinkedHashMap<>();
        String username = c.username() == null ? "" : c.username().strip().toLowerCase();
        if (username.isEmpty()) {
            problems.put("username", "Enter a user name");
        } else if (!username.matches(USERNAME)) {
            problems.put("username", "User name must be 3 to 60 lower-case letters, digits, dots, hyphens or underscores");
        } else if (staff.byUsername(username).isPresent()) {
            problems.put("username", "Someone already has the user name " + username);
        }
        nameProblem(c.givenName(), "First name", "Enter their first name").ifPresent(p -> problems.put("givenName", p));
        nameProblem(c.familyName(), "Last name", "Enter their last name").ifPresent(p -> problems.put("familyName", p));
        Text.problem("Job title", c.jobTitle(), Text.SHORT).ifPresent(p -> problems.put("jobTitle", p));
        if (c.email() == null || c.email().isBlank()) {
            problems.put("email", "Enter their work email address");
        } else if (!c.email().strip().matches(EMAIL) || c.email().strip().length() > Text.SHORT) {
            problems.put("email", "Enter an email address in the correct format, like name@example.gov.uk");
        }
        if (c.agencyId() != null && agencies.findByIdOptional(c.agencyId()).isEmpty()) {
            problems.put("agencyId", "Select an agency from the list");
        }
        roleProblem(c.roles()).ifPresent(p -> problems.put("roles", p));
        serviceProblem(c.serviceIds()).ifPresent(p -> problems.put("serviceIds", p));
        return problems;
    }

    /**
     * A person's name as Keycloak's user profile accepts it (it refuses the characters below), so
     * that a bad name is a field error here rather than a refusal from the identity provider.
     */
    private static Optional<String> nameProblem(String name, String label, String missing) {
        if (name == null || name.isBlank()) {
            return Optional.of(missing);
        }
        Optional<String> text = Text.problem(label, name, NAME_LENGTH);
        if (text.isPresent()) {
            return text;
        }
        return name.chars().anyMatch(ch -> NOT_IN_NAMES.indexOf(ch) >= 0)
                ? Optional.of(label + " must only include letters, spaces, hyphens and apostrophes")
                : Optional.empty();
    }

    private static Optional<String> roleProblem(Set<String> roles) {
        if (roles == null || roles.isEmpty()) {
            return Optional.of("Select at least one role");
        }
        if (!Roles.ALL.containsAll(roles)) {
            return Optional.of("Select roles from the list");
        }
        return Optional.empty();
    }

    private Optional<String> serviceProblem(Set<UUID> serviceIds) {
        if (serviceIds == null) {
            return Optional.of("Select the services they work for");
        }
        if (services.byIds(serviceIds).size() != serviceIds.size()) {
            return Optional.of("Select services from the list");
        }
        return Optional.empty();
    }

    /** The roles Placeworks gives, sorted (Keycloak's own defaults left out); "none" when there are none. */
    private static String placeworksRoles(Set<String> roles) {
        String named = roles.stream().filter(Roles.ALL::contains).sorted().collect(Collectors.joining(", "));
        return named.isEmpty() ? "none" : named;
    }

    private String serviceNames(Set<UUID> ids) {
        String names = services.byIds(ids).stream().map(s -> s.name()).collect(Collectors.joining(", "));
        return names.isEmpty() ? "no service" : names;
    }

    private StaffMember find(UUID id) {
        return staff.findByIdOptional(id).orElseThrow(() -> new NotFound("member of staff", id));
    }

    private StaffView view(StaffMember m) {
        String agencyName = m.agencyId() == null ? null : agencyNames().get(m.agencyId());
        return new StaffView(m.id(), m.username(), m.keycloakId(), m.givenName(), m.familyName(), m.email(), m.jobTitle(),
                m.agencyId(), agencyName, m.active(), m.leftOn(), serviceViews.servicesByIds(m.services()), m.version());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /**
     * Active staff who work for any of these services, each once, by family and given name: one statement
     * whatever the number of services (their ids bound as one array).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StaffName> activeMembersOf(java.util.Collection<UUID> serviceIds) {
        if (serviceIds.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = staff.getEntityManager().createNativeQuery("select m.id, m.username, m.given_name, m.family_name,"
                        + " m.agency_id, a.name from staff_member m left join agency a on a.id = m.agency_id"
                        + " where m.active and exists (select 1 from staff_membership sm where sm.staff_id = m.id"
                        + " and sm.service_id = any(:services)) order by m.family_name, m.given_name, m.id")
                .setParameter("services", Set.copyOf(serviceIds).toArray(UUID[]::new)).getResultList();
        return rows.stream().map(r -> new StaffName((UUID) r[0], (String) r[1], r[2] + " " + r[3], (UUID) r[4], (String) r[5],
                true)).toList();
    }
}
