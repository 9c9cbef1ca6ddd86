package org.placeworks.organisation.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.placeworks.shared.Conflict;

/** A member of staff as Placeworks knows them: their services decide what they may see. Roles live in Keycloak. */
@Entity
@Table(name = "staff_member")
public class StaffMember {

    @Id
    UUID id;

    String username;

    @Column(name = "keycloak_id")
    String keycloakId;

    @Column(name = "given_name")
    String givenName;

    @Column(name = "family_name")
    String familyName;

    String email;

    @Column(name = "job_title")
    String jobTitle;

    @Column(name = "agency_id")
    UUID agencyId;

    boolean active = true;

    @Column(name = "left_on")
    LocalDate leftOn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "staff_membership", joinColumns = @JoinColumn(name = "staff_id"))
    @Column(name = "service_id")
    Set<UUID> services = new HashSet<>();

    @Version
    long version;

    protected StaffMember() {
    }

    public StaffMember(String username, String givenName, String familyName, String email, String jobTitle, UUID agencyId) {
        this.id = UUID.randomUUID();
        this.username = username;
        this.givenName = givenName;
        this.familyName = familyName;
        this.email = email;
        this.jobTitle = jobTitle;
        this.agencyId = agencyId;
    }

    public void linkAccount(String keycloakId) {
        this.keycloakId = keycloakId;
    }

    public void memberOf(Set<UUID> serviceIds) {
        services.clear();
        services.addAll(serviceIds);
    }

    /** A leaver keeps their history but loses every membership and can no longer sign in. */
    public void leave(LocalDate on) {
        if (!active) {
            throw new Conflict(givenName + " " + familyName + " has already left.");
        }
        active = false;
        leftOn = on;
        services.clear();
    }

    public UUID id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String keycloakId() {
        return keycloakId;
    }

    public String givenName() {
        return givenName;
    }

    public String familyName() {
        return familyName;
    }

    public String email() {
        return email;
    }

    public String jobTitle() {
        return jobTitle;
    }

    public UUID agencyId() {
        return agencyId;
    }

    public boolean active() {
        return active;
    }

    public LocalDate leftOn() {
        return leftOn;
    }

    public Set<UUID> services() {
        return Set.copyOf(services);
    }

    public long version() {
        return version;
    }
}
