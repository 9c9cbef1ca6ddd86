package org.placeworks.family;

import java.time.LocalDate;

/** Search before create: any of a name (spelling-tolerant), a date of birth and a postcode. */
public record PersonSearch(String name, LocalDate dateOfBirth, String postcode) {
}
