package org.placeworks.identity.internal;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Nobody can sign in without Keycloak, so the app is not ready until the realm answers. */
@Readiness
@ApplicationScoped
public class KeycloakReadiness implements HealthCheck {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @ConfigProperty(name = "placeworks.keycloak.url")
    String url;

    @ConfigProperty(name = "placeworks.keycloak.realm")
    String realm;

    @Override
    public HealthCheckResponse call() {
        String discovery = url + "/realms/" + realm + "/.well-known/openid-configuration";
        try {
            int status = http.send(HttpRequest.newBuilder(URI.create(discovery)).timeout(Duration.ofSeconds(3)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
            return HealthCheckResponse.named("Keycloak").status(status == 200).withData("realm", realm)
                    .withData("status", status).build();
        } catch (java.io.IOException e) {
            return HealthCheckResponse.named("Keycloak").down().withData("realm", realm).withData("error", e.getClass().getSimpleName()).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return HealthCheckResponse.named("Keycloak").down().build();
        }
    }
}
