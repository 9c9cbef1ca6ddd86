package org.placeworks.organisation;

import io.quarkus.runtime.BlockingOperationControl;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Gives every request its ground before its resource runs (and before any other filter of ours), so that its
 * queries of personal data are held to it. A resource that cannot block cannot read the database either.
 */
public class RowScopeFilter {

    @Inject
    RowScope scope;

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION + 10)
    public void prepare() {
        if (BlockingOperationControl.isBlockingAllowed()) {
            scope.prepare();
        }
    }
}
