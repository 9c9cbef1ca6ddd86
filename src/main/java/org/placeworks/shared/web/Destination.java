package org.placeworks.shared.web;

import java.util.Set;
import java.util.function.Predicate;

/**
 * A part of Placeworks a member of staff can go to: its link in the header navigation and its task
 * card on the home page come from this one record, so the two always agree.
 *
 * @param order where it sits in the navigation and on the home page, lowest first (features leave gaps)
 * @param route the page it leads to; the navigation marks it current on that page and the pages under it
 * @param navLabel the short label in the header navigation
 * @param taskTitle the title of the home-page task card
 * @param description what the person can do there, under the home-page title
 * @param roles the roles that see it (any one is enough); empty means everyone signed in. Keep them the
 *        same as the roles the page itself allows, or people are shown a link that refuses them.
 */
public record Destination(int order, String route, String navLabel, String taskTitle, String description,
        Set<String> roles) {

    public Destination {
        roles = Set.copyOf(roles);
    }

    public boolean visibleTo(Predicate<String> hasRole) {
        return roles.isEmpty() || roles.stream().anyMatch(hasRole);
    }

    /** Whether the page at this path is this destination or one beneath it. */
    public boolean currentAt(String path) {
        return path.equals(route) || path.startsWith(route + "/");
    }
}
