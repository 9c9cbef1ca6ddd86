package org.placeworks.audit;

import jakarta.enterprise.context.RequestScoped;

/**
 * Why the reader may see what this request reads, when it is not their ordinary ground: the access policy says
 * so once (a record opened by breaking glass, and the reason given), and every entry the request writes to the
 * trail carries it, so that the data protection officer reads each access in the window with its purpose.
 */
@RequestScoped
public class AuditPurpose {

    private String stated;

    /** The purpose, in a few words: "break-glass until 14:30: <reason>". The first one stated in a request stands. */
    public void state(String purpose) {
        if (stated == null) {
            stated = purpose;
        }
    }

    /** The purpose stated in this request, or null when access was ordinary. */
    public String stated() {
        return stated;
    }
}
