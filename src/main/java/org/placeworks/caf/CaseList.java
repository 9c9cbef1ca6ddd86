package org.placeworks.caf;

import java.util.List;

/**
 * A page of a case list, with the opaque keys that link to the pages either side ({@code null} when there is none):
 * pass {@code next} as {@code after} and {@code previous} as {@code before}.
 */
public record CaseList(List<CaseSummary> cases, String next, String previous) {
}
