package org.placeworks.grant.web;

import java.util.UUID;

/** Where the grant pages live, so that links to them, from grant's pages and from others, are built in one place. */
public final class GrantRoutes {

    private GrantRoutes() {
    }

    public static String request(UUID requestId) {
        return "/grants/requests/" + requestId;
    }

    public static String requestsOnCase(UUID caseId) {
        return "/grants/requests?caseId=" + caseId;
    }

    public static String newRequest(UUID caseId) {
        return "/grants/requests/new?caseId=" + caseId;
    }
}
