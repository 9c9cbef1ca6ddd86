package org.placeworks.subjectaccess.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.placeworks.family.PersonView;
import org.placeworks.subjectaccess.Redaction;
import org.placeworks.subjectaccess.SubjectExport.Field;

/**
 * The people an export must not disclose without the officer's say: everyone recorded beside the subject (the rest
 * of the household, a member of the public who referred). Their names (full, given, other names), dates of birth
 * and NHS numbers are replaced wherever they appear in free text by {@link Redaction#THIRD_PARTY}. Staff acting in
 * their role are not third parties here (ICO guidance): their names stay.
 */
final class ThirdParties {

    private static final List<DateTimeFormatter> DATE_FORMS = List.of(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK),
            DateTimeFormatter.ofPattern("dd/MM/yyyy"), DateTimeFormatter.ISO_LOCAL_DATE);

    private final Pattern mentions;

    private ThirdParties(Pattern mentions) {
        this.mentions = mentions;
    }

    static ThirdParties of(List<PersonView> others, List<String> otherNames) {
        Set<String> words = new LinkedHashSet<>();
        for (PersonView p : others) {
            words.add(p.fullName());
            words.add(p.givenName());
            if (p.otherNames() != null) {
                for (String alias : p.otherNames().split("[,;]")) {
                    words.add(alias.strip());
                }
            }
            if (p.dateOfBirth() != null) {
                DATE_FORMS.forEach(f -> words.add(p.dateOfBirth().format(f)));
            }
            if (p.nhsNumber() != null) {
                words.add(p.nhsNumber());
            }
        }
        words.addAll(otherNames);
        List<String> terms = new ArrayList<>(words.stream().filter(w -> w != null && w.strip().length() > 1).map(String::strip).toList());
        if (terms.isEmpty()) {
            return new ThirdParties(null);
        }
        // Longest first, so that a full name is replaced whole rather than its given name alone.
        terms.sort(Comparator.comparingInt(String::length).reversed());
        String alternatives = String.join("|", terms.stream().map(Pattern::quote).toList());
        return new ThirdParties(Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }

    /** Free text with every mention of a third party replaced. */
    String redact(String text) {
        if (text == null || mentions == null) {
            return text;
        }
        return mentions.matcher(text).replaceAll(Matcher.quoteReplacement(Redaction.THIRD_PARTY));
    }

    /** A labelled value, redacted where it mentions a third party (the original kept for the officer's review). */
    Field field(String label, Object value) {
        String text = value == null ? "" : String.valueOf(value);
        String redacted = redact(text);
        return redacted.equals(text) ? new Field(label, text, null) : new Field(label, redacted, text);
    }

    /** A value that is wholly about a third party (their name, their date of birth): replaced whatever it says. */
    static Field withheld(String label, Object value) {
        String text = value == null ? "" : String.valueOf(value);
        return text.isEmpty() ? new Field(label, "", null) : new Field(label, Redaction.THIRD_PARTY, text);
    }

    static String date(LocalDate day) {
        return day == null ? "" : day.format(DATE_FORMS.get(0));
    }
}
