package org.placeworks.shared.web;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.URLConnection;
import org.jboss.resteasy.reactive.RestPath;
import org.placeworks.shared.NotFound;

/** GOV.UK Frontend's compiled CSS asks for its fonts and images at /assets/: serve them from the webjar. */
@Path("/assets")
@PermitAll
public class Assets {

    private static final String ROOT = "META-INF/resources/webjars/govuk-frontend/5.14.0/dist/govuk/assets/";

    @GET
    @Path("{file: .+}")
    public Response asset(@RestPath String file) {
        if (file.contains("..")) {
            throw new NotFound("asset", file);
        }
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(ROOT + file);
        if (in == null) {
            throw new NotFound("asset", file);
        }
        String type = URLConnection.guessContentTypeFromName(file);
        if (file.endsWith(".svg")) {
            type = "image/svg+xml";
        } else if (file.endsWith(".woff2")) {
            type = "font/woff2";
        } else if (file.endsWith(".json")) {
            type = "application/json";
        }
        return Response.ok(in).type(type == null ? "application/octet-stream" : type)
                .header("Cache-Control", "public, max-age=86400").build();
    }
}
