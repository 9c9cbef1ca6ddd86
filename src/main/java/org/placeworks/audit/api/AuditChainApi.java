package org.placeworks.audit.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.placeworks.audit.AuditChain;
import org.placeworks.audit.ChainReport;
import org.placeworks.identity.Roles;

@Path("/api/v1/audit/chain")
@RolesAllowed({Roles.ADMIN, Roles.DPO})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "The audit trail's tamper evidence")
public class AuditChainApi {

    @Inject
    AuditChain chain;

    @GET
    @Operation(summary = "Verify the audit trail's hash chain",
            description = "Walks every sealed entry; intact is false and brokenAt, entrySeq and problem name the first broken link,"
                    + " or an entry found outside the chain. awaitingSeal counts entries written since the sealer last ran."
                    + " Once the database owner has removed entries past their retention rule, the chain is checked from the last"
                    + " link removed: anchorPosition is its position (0 when none was) and removedBefore the cut-off.")
    public ChainReport verify() {
        return chain.verify();
    }
}
