package org.placeworks.shared.web;

import io.quarkus.arc.All;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * What the layout needs on every page: the council's name, who is signed in and the navigation
 * their roles allow, gathered from the {@link Destination} each page resource produces. Templates reach
 * it as {@code inject:page}.
 */
@Named("page")
@RequestScoped
public class Page {

    @Inject
    SecurityIdentity identity;

    @Inject
    HttpServerRequest request;

    /** Each feature's page resources offer their destination as a CDI producer, next to the page itself. */
    @Inject
    @All
    List<Destination> contributions;

    @Inject
    PageSettings settings;

    /** Where quarkus-rest-csrf keeps the request's token (what {@code inject:csrf.token} reads). */
    private static final String CSRF_TOKEN_ATTRIBUTE = "csrf_token";

    @Inject
    io.vertx.ext.web.RoutingContext routing;

    public String councilName() {
        return settings.councilName;
    }

    public boolean signedIn() {
        return !identity.isAnonymous();
    }

    public String userName() {
        if (identity.isAnonymous()) {
            return "";
        }
        if (identity.getPrincipal() instanceof JsonWebToken token && token.getClaim("name") != null) {
            return token.getClaim("name").toString();
        }
        return identity.getPrincipal().getName();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /**
     * The CSRF token for the header's sign-out form: the one the CSRF filter made for this request, or else the
     * browser's own CSRF cookie, which is the token itself while no signature key is set (an error page is drawn
     * without the filter having run). Empty when there is neither: the layout then offers no sign-out button.
     */
    public String signOutToken() {
        Object made = routing.get(CSRF_TOKEN_ATTRIBUTE);
        if (made != null) {
            return made.toString();
        }
        io.vertx.core.http.Cookie cookie = request.getCookie(settings.csrfCookie);
        return cookie == null ? "" : cookie.getValue();
    }

    public String csrfField() {
        return settings.csrfField;
    }

    /** Home, then every destination the features offer that this reader's roles allow, in order. */
    public List<NavItem> nav() {
        List<NavItem> items = new ArrayList<>();
        if (identity.isAnonymous()) {
            return items;
        }
        String path = request.path();
        items.add(new NavItem("Home", "/", path.equals("/")));
        for (Destination d : destinations()) {
            items.add(new NavItem(d.navLabel(), d.route(), d.currentAt(path)));
        }
        return items;
    }

    /** The destinations this reader may go to, in order: the header navigation and the home page's tasks. */
    public List<Destination> destinations() {
        if (identity.isAnonymous()) {
            return List.of();
        }
        return contributions.stream().filter(d -> d.visibleTo(identity::hasRole))
                .sorted(Comparator.comparingInt(Destination::order)).toList();
    }
}
