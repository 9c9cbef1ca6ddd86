package org.placeworks.shared.web;

import jakarta.ws.rs.core.Response;
import java.util.Map;

/**
 * A part of the site whose clients read errors in a format of their own (Open311's XML or JSON error
 * documents): a feature offers one as a CDI bean, and {@link ErrorPages} answers every error on the
 * paths it serves through it, whatever raised the error (a filter, an unknown address, the feature itself).
 */
public interface ErrorFormat {

    boolean serves(String path);

    /** The answer for an error with this status, its explanation, and the fields it concerns (maybe none). */
    Response respond(String path, int status, String detail, Map<String, String> errors);
}
