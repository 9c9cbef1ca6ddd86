package org.placeworks.intelligence;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * A location or a victim near or at the Community Trigger: its qualifying complaints in the window
 * (counted whole), the first and latest, whether it has reached the threshold and when the alert went
 * out. Managers get the area's name and the count only: {@code place} is the area and
 * {@code references} is empty.
 */
public record TriggerSubjectView(String key, boolean victim, String place, long count, int threshold, LocalDate first,
        LocalDate last, LocalDate alertedOn, List<String> references) {

    public boolean reached() {
        return count >= threshold;
    }

    public String kind() {
        return victim ? "The same victim" : "Location";
    }

    /** The key as a query parameter. */
    public String param() {
        return URLEncoder.encode(key, StandardCharsets.UTF_8);
    }
}
