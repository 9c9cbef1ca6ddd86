package org.placeworks.open311.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;

/** The two formats of the spec, chosen by the address's suffix: XML unless it ends in .json. */
final class Open311Formats {

    /** A plain mapper: the spec's JSON shows empty fields as null, whatever the app's own JSON settings are. */
    private static final ObjectMapper JSON = new ObjectMapper();

    static final String XML_TYPE = "application/xml; charset=utf-8";
    static final String JSON_TYPE = "application/json; charset=utf-8";

    private Open311Formats() {
    }

    static boolean json(String formatOrPath) {
        return formatOrPath != null && (formatOrPath.equals("json") || formatOrPath.endsWith(".json"));
    }

    static Response answer(String formatOrPath, int status, Open311Document document) {
        boolean json = json(formatOrPath);
        return Response.status(status).type(json ? JSON_TYPE : XML_TYPE).entity(json ? document.json(JSON) : document.xml())
                .build();
    }
}
