package org.placeworks.shared.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/** The JSON body of every API error: what went wrong and, for bad input, a message per field. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(int status, String title, String detail, Map<String, String> errors, String reference) {
}
