package org.placeworks.shared.web;

/** One entry of a GOV.UK error summary: the message and the id of the field it links to. */
public record FieldError(String field, String message) {
}
