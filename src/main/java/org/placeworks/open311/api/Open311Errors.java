package org.placeworks.open311.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.placeworks.open311.api.Open311Document.Fields;
import org.placeworks.shared.web.ErrorFormat;

/**
 * Every error under /open311/ as the spec writes it, whatever raised it:
 * {@code <errors><error><code>400</code><description>..</description></error></errors>} (or the JSON array),
 * one error per field refused. A bad field is 400 (the spec's status; pages use 422), a bad or revoked key
 * 403, an unknown request or service 404.
 */
@ApplicationScoped
public class Open311Errors implements ErrorFormat {

    @Override
    public boolean serves(String path) {
        return path.startsWith("/open311/");
    }

    @Override
    public Response respond(String path, int status, String detail, Map<String, String> errors) {
        int code = status == 422 ? 400 : status;
        List<Fields> items = new ArrayList<>();
        errors.forEach((field, message) -> items.add(Open311Document.fields().put("code", code)
                .put("description", message.startsWith(field) ? message : field + ": " + message)));
        if (items.isEmpty()) {
            items.add(Open311Document.fields().put("code", code).put("description", describe(code, detail)));
        }
        return Open311Formats.answer(path, code, Open311Document.list("errors", "error", items));
    }

    private static String describe(int code, String detail) {
        return switch (code) {
            case 404 -> detail != null && detail.startsWith("No ") && detail.length() < 300 ? detail
                    : "Nothing is found at this address: check the service code or the request id, and the .xml or .json suffix";
            case 415 -> "Post a form: Content-Type application/x-www-form-urlencoded";
            default -> detail == null || detail.isBlank() ? "The request could not be handled" : detail;
        };
    }
}
