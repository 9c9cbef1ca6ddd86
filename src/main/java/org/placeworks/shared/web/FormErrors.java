package org.placeworks.shared.web;

import java.util.List;
import java.util.Map;
import org.placeworks.shared.InvalidInput;

/** The errors a form is re-rendered with, in the order of its fields; empty on first display. */
public record FormErrors(List<FieldError> list) {

    public static FormErrors none() {
        return new FormErrors(List.of());
    }

    public static FormErrors of(InvalidInput invalid) {
        return of(invalid.errors());
    }

    public static FormErrors of(Map<String, String> errors) {
        return new FormErrors(errors.entrySet().stream().map(e -> new FieldError(e.getKey(), e.getValue())).toList());
    }

    public boolean any() {
        return !list.isEmpty();
    }

    public boolean has(String field) {
        return list.stream().anyMatch(e -> e.field().equals(field));
    }

    /** The message for a field whose id is a prefix and a key, such as {@code item-<id>}; empty if none. */
    public String get(String prefix, Object key) {
        return get(prefix + key);
    }

    public String get(String field) {
        return list.stream().filter(e -> e.field().equals(field)).map(FieldError::message).findFirst().orElse("");
    }
}
