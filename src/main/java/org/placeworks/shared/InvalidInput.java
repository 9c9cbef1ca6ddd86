package org.placeworks.shared;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Input that breaks a rule, with a message per field (in form order) so that forms and API callers can point at it. */
public class InvalidInput extends DomainException {
    private final Map<String, String> errors;

    public InvalidInput(Map<String, String> errors) {
        super(String.join(" ", errors.values()));
        this.errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    }

    public InvalidInput(String field, String message) {
        this(Map.of(field, message));
    }

    public Map<String, String> errors() {
        return errors;
    }

    @Override
    public int status() {
        return 422;
    }
}
