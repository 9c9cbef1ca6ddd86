package org.placeworks.identity.web;

import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.oidc.OidcConfigurationMetadata;
import io.quarkus.oidc.OidcSession;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Signing out: only by the header's posted form, which carries its CSRF token, so that no link, image or
 * page elsewhere can sign a member of staff out. (A GET of this path has no method here and signs nobody out.)
 * The session cookie goes first; then Keycloak ends its own session and sends the browser to "You have signed out".
 */
@Path("/sign-out")
@PermitAll
public class SignOut {

    static final String SIGNED_OUT = "/signed-out";

    @Inject
    SecurityIdentity identity;

    @Inject
    OidcSession session;

    @ConfigProperty(name = "quarkus.oidc.web.auth-server-url")
    String realm;

    @ConfigProperty(name = "quarkus.oidc.web.client-id")
    String clientId;

    @ConfigProperty(name = "quarkus.oidc.web.authentication.force-redirect-https-scheme", defaultValue = "false")
    boolean forceHttps;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> signOut(@Context UriInfo uri) {
        IdTokenCredential idToken = identity.isAnonymous() ? null : identity.getCredential(IdTokenCredential.class);
        if (idToken == null) {
            // No Keycloak session here (signed out already, or a test's identity): nothing to end.
            return Uni.createFrom().item(Response.seeOther(URI.create(SIGNED_OUT)).build());
        }
        URI keycloak = endSession(idToken.getToken(), afterwards(uri));
        return session.logout().map(done -> Response.seeOther(keycloak).build());
    }

    private URI afterwards(UriInfo uri) {
        UriBuilder base = uri.getBaseUriBuilder().replacePath(SIGNED_OUT).replaceQuery(null);
        return (forceHttps ? base.scheme("https") : base).build();
    }

    private URI endSession(String idToken, URI afterwards) {
        OidcConfigurationMetadata metadata = identity.getAttribute("configuration-metadata");
        String endpoint = metadata != null && metadata.getEndSessionUri() != null ? metadata.getEndSessionUri()
                : realm + "/protocol/openid-connect/logout";
        UriBuilder logout = UriBuilder.fromUri(endpoint).queryParam("client_id", clientId)
                .queryParam("post_logout_redirect_uri", afterwards);
        return logout.queryParam("id_token_hint", idToken).build();
    }
}
