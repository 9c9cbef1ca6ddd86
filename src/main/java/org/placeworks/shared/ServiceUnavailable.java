package org.placeworks.shared;

/** A system Placeworks depends on (for example Keycloak) did not answer as expected. */
public class ServiceUnavailable extends DomainException {
    public ServiceUnavailable(String message) {
        super(message);
    }

    @Override
    public int status() {
        return 503;
    }
}
