package org.placeworks.organisation;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ResourceInfo;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.placeworks.shared.Forbidden;

/**
 * A leaver's sign-in (or API token) can outlive their last day by a few minutes. Placeworks
 * refuses every request made with it, pages and API alike, the moment their staff record says
 * they have left, rather than relying on each page to find nothing to show.
 */
public class LeaverGate {

    @Inject
    AccessPolicy access;

    @ServerRequestFilter
    public void refuseLeavers(ResourceInfo resource) {
        boolean open = resource.getResourceClass() != null && resource.getResourceClass().isAnnotationPresent(PermitAll.class);
        if (!open && access.signedInLeaver()) {
            throw new Forbidden("Your access to Placeworks has ended. If you still need it, ask your manager.");
        }
    }
}
