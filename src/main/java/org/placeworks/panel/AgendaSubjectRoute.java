package org.placeworks.panel;

import java.util.UUID;

/**
 * Where the page for one kind of {@link AgendaSubject} lives, offered by the feature that owns it
 * (grant: a grant request's page). Implement it as an {@code @ApplicationScoped} bean next to the
 * feature's pages; the agenda asks the route of an item's subject kind for the item's link each time
 * it is shown, so a moved page never leaves stale links behind. Estate, intelligence or any later
 * feature that brings its own records to panel adds a route the same way, with no change to panel.
 * A subject whose kind has no route is shown without a link.
 */
public interface AgendaSubjectRoute {

    /** The subject kind this route serves, as the owning feature names it when bringing an item. */
    String kind();

    /** The page for the subject with this id. */
    String href(UUID id);
}
