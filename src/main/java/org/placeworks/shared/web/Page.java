package org.placeworks.shared.web;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * What the layout needs on every page: the council's name, who is signed in and the navigation
 * their roles allow. Templates reach it as {@code inject:page}.
 */
@Named("page")
@RequestScoped
public class Page {

    @Inject
    SecurityIdentity identity;

    @Inject
    HttpServerRequest request;

    @ConfigProperty(name = "placeworks.council-name")
    String councilName;

    public String councilName() {
        return councilName;
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

    public List<NavItem> nav() {
        List<NavItem> items = new ArrayList<>();
        if (identity.isAnonymous()) {
            return items;
        }
        add(items, "Home", "/");
        if (casework()) {
            add(items, "Cases", "/cases");
            add(items, "Families", "/families");
        }
        if (identity.hasRole("panel-chair") || identity.hasRole("panel-member") || identity.hasRole("manager")) {
            add(items, "Panel", "/panel");
        }
        if (identity.hasRole("panel-chair") || identity.hasRole("manager")) {
            add(items, "Grants", "/grants");
        }
        add(items, "Who covers an address", "/coverage");
        if (identity.hasRole("admin")) {
            add(items, "Places", "/admin/areas");
            add(items, "Addresses", "/admin/addresses");
            add(items, "Services", "/admin/services");
            add(items, "Staff", "/admin/staff");
        }
        return items;
    }

    /** Roles that work with families and their early help cases. */
    private boolean casework() {
        return identity.hasRole("frontline") || identity.hasRole("lead-professional") || identity.hasRole("panel-chair")
                || identity.hasRole("panel-member") || identity.hasRole("manager");
    }

    private void add(List<NavItem> items, String label, String href) {
        String path = request.path();
        boolean current = href.equals("/") ? path.equals("/") : path.startsWith(href);
        items.add(new NavItem(label, href, current));
    }
}
