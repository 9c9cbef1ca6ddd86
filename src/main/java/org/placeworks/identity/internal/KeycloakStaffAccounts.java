package org.placeworks.identity.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.security.SecureRandom;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.placeworks.identity.InvitedAccount;
import org.placeworks.identity.NewStaffAccount;
import org.placeworks.identity.Roles;
import org.placeworks.identity.StaffAccounts;
import org.placeworks.shared.Conflict;
import org.placeworks.shared.InvalidInput;
import org.placeworks.shared.ServiceUnavailable;

/** Staff accounts in Keycloak, through its admin API with Placeworks' own service-account client. */
@ApplicationScoped
public class KeycloakStaffAccounts implements StaffAccounts {

    private static final Logger LOG = Logger.getLogger(KeycloakStaffAccounts.class);
    private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Keycloak keycloak;

    @ConfigProperty(name = "placeworks.keycloak.realm")
    String realmName;

    @Override
    public InvitedAccount invite(NewStaffAccount account) {
        return call("create the account", () -> {
            UserRepresentation user = new UserRepresentation();
            user.setUsername(account.username());
            user.setEmail(account.email());
            user.setFirstName(account.givenName());
            user.setLastName(account.familyName());
            user.setEnabled(true);
            user.setEmailVerified(true);
            String id;
            try (Response response = realm().users().create(user)) {
                if (response.getStatus() == 409) {
                    throw new InvalidInput("username", "A Keycloak account with this user name or email address already exists.");
                }
                if (response.getStatus() == 400) {
                    throw refusedField(response);
                }
                if (response.getStatus() != 201) {
                    LOG.warnf("Keycloak refused to create user %s: HTTP %d", account.username(), response.getStatus());
                    throw new ServiceUnavailable("Keycloak refused to create the account (HTTP " + response.getStatus() + ").");
                }
                String location = response.getLocation().getPath();
                id = location.substring(location.lastIndexOf('/') + 1);
            }
            String password = temporaryPassword();
            CredentialRepresentation credential = new CredentialRepresentation();
            credential.setType(CredentialRepresentation.PASSWORD);
            credential.setValue(password);
            credential.setTemporary(true);
            UserResource created = realm().users().get(id);
            created.resetPassword(credential);
            UserRepresentation withActions = created.toRepresentation();
            withActions.setRequiredActions(List.of("UPDATE_PASSWORD"));
            created.update(withActions);
            assign(created, account.roles());
            return new InvitedAccount(id, password);
        });
    }

    @Override
    public Set<String> roles(String keycloakId) {
        return call("read the account's roles", () -> realm().users().get(keycloakId).roles().realmLevel().listEffective()
                .stream().map(RoleRepresentation::getName).filter(Roles.ALL::contains).collect(Collectors.toSet()));
    }

    @Override
    public java.util.Optional<String> idOf(String username) {
        return call("find the account", () -> realm().users().searchByUsername(username, true).stream()
                .findFirst().map(UserRepresentation::getId));
    }

    @Override
    public void changeRoles(String keycloakId, Set<String> roles) {
        call("change the account's roles", () -> {
            UserResource user = realm().users().get(keycloakId);
            List<RoleRepresentation> current = user.roles().realmLevel().listAll().stream()
                    .filter(r -> Roles.ALL.contains(r.getName()) && !roles.contains(r.getName())).toList();
            if (!current.isEmpty()) {
                user.roles().realmLevel().remove(current);
            }
            assign(user, roles);
            return null;
        });
    }

    @Override
    public void disable(String keycloakId) {
        call("disable the account", () -> {
            UserResource user = realm().users().get(keycloakId);
            UserRepresentation representation = user.toRepresentation();
            representation.setEnabled(false);
            user.update(representation);
            user.logout();
            return null;
        });
    }

    private void assign(UserResource user, Set<String> roles) {
        List<RoleRepresentation> wanted = roles.stream()
                .map(role -> realm().roles().get(role).toRepresentation()).toList();
        if (!wanted.isEmpty()) {
            user.roles().realmLevel().add(wanted);
        }
    }

    /** Keycloak's user profile refused a value: name the field it names, in Placeworks' words. */
    private static InvalidInput refusedField(Response response) {
        String body = response.hasEntity() ? response.readEntity(String.class) : "";
        LOG.warnf("Keycloak refused a new account's details: %s", body);
        if (body.contains("\"email\"")) {
            return new InvalidInput("email", "Keycloak did not accept this email address: check it and try again");
        }
        if (body.contains("\"lastName\"")) {
            return new InvalidInput("familyName", "Keycloak did not accept this last name: use letters, spaces, hyphens and apostrophes");
        }
        if (body.contains("\"username\"")) {
            return new InvalidInput("username", "Keycloak did not accept this user name: check it and try again");
        }
        return new InvalidInput("givenName", "Keycloak did not accept this first name: use letters, spaces, hyphens and apostrophes");
    }

    private RealmResource realm() {
        return keycloak.realm(realmName);
    }

    /** Keycloak's failures become messages an administrator can act on, never a 500. */
    private <T> T call(String what, Supplier<T> action) {
        try {
            return action.get();
        } catch (InvalidInput | Conflict | ServiceUnavailable e) {
            throw e;
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            LOG.warnf("Keycloak answered HTTP %d when asked to %s", status, what);
            if (status == 404) {
                throw new Conflict("The Keycloak account no longer exists, so Placeworks could not " + what + ".");
            }
            throw new ServiceUnavailable("Keycloak would not let Placeworks " + what + " (HTTP " + status
                    + "). Check the placeworks-admin client's roles in the realm.");
        } catch (ProcessingException | IllegalStateException e) {
            LOG.warnf(e, "Keycloak could not be reached to %s", what);
            throw new ServiceUnavailable("Keycloak could not be reached, so Placeworks could not " + what + ". Try again shortly.");
        }
    }

    private static String temporaryPassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(PASSWORD_ALPHABET.charAt(RANDOM.nextInt(PASSWORD_ALPHABET.length())));
        }
        return password.toString();
    }
}
