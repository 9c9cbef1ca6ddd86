package org.placeworks.organisation.web;

import org.placeworks.identity.Roles;
import java.util.Set;
import org.placeworks.shared.web.Destination;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.placeworks.geography.AddressView;
import org.placeworks.organisation.AddressCoverage;
import org.placeworks.organisation.CoverageLookup;

/** "Who covers this address?": for any signed-in member of staff, within their own boundary. */
@Path("/coverage")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class CoveragePage {

    /** Who covers an address, for everyone signed in. */
    @jakarta.enterprise.inject.Produces
    static final Destination DESTINATION = new Destination(58, "/coverage", "Who covers an address", "Who covers an address",
            "Find which services, for each strand, cover an address.", Set.of());

    @Inject
    CoverageLookup coverage;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance search(String q, boolean searched, List<AddressView> results, int max);

        static native TemplateInstance address(AddressCoverage coverage);
    }

    @GET
    public TemplateInstance search(@RestQuery String q) {
        boolean searched = q != null && !q.isBlank();
        return Templates.search(q == null ? "" : q.strip(), searched, coverage.search(q), CoverageLookup.MAX_RESULTS);
    }

    @GET
    @Path("{addressId}")
    public TemplateInstance address(@RestPath UUID addressId) {
        return Templates.address(coverage.at(addressId));
    }
}
