package org.placeworks.shared.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The accessibility statement public sector websites must publish (the Public Sector Bodies Accessibility
 * Regulations 2018), in the GOV.UK model. Public, and linked from the footer of every page. It says only
 * what the browser tests check (src/test/java/org/placeworks/browser).
 */
@Path("/accessibility")
@PermitAll
public class AccessibilityStatementPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance statement();
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance statement() {
        return Templates.statement();
    }
}
