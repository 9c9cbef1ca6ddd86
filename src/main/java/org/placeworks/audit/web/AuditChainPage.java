package org.placeworks.audit.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.placeworks.audit.AuditChain;
import org.placeworks.audit.ChainReport;
import org.placeworks.identity.Roles;

/** Administrators check the audit trail's hash chain: whether it holds, and if not, its first broken link. */
@Path("/admin/audit-chain")
@RolesAllowed({Roles.ADMIN, Roles.DPO})
@Produces(MediaType.TEXT_HTML)
public class AuditChainPage {

    @Inject
    AuditChain chain;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(ChainReport report);
    }

    /** Each visit walks the whole chain: the answer is always today's, never a remembered one. */
    @GET
    public TemplateInstance show() {
        return Templates.show(chain.verify());
    }
}
