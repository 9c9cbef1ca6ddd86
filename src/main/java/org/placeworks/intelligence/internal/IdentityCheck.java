package org.placeworks.intelligence.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a summary about to leave the intelligence team still holds something that identifies the
 * reporter: their name (whole, or a part of it of three letters or more, as a word), their email
 * address (or the part before the @), or their phone number however it is spaced or prefixed. It is
 * given the decrypted identity in memory only, and answers which kinds it found, never the values, so
 * the refusal itself shows nothing the officer has not revealed.
 */
public final class IdentityCheck {

    /** A run of digits with the separators people write phone numbers with. */
    private static final Pattern NUMBER = Pattern.compile("\\+?[0-9][0-9 ()\\-.]{5,}[0-9]");

    /** The fewest digits of a phone number that, found in a summary, identify it. */
    private static final int PHONE_DIGITS = 7;

    private IdentityCheck() {
    }

    /** What identifies the reporter in the summary, in words ("name", "email address", "phone number"); empty when nothing. */
    public static List<String> found(String summary, String name, String email, String phone) {
        List<String> found = new ArrayList<>();
        if (summary == null || summary.isBlank()) {
            return found;
        }
        String text = fold(summary);
        if (containsName(text, name)) {
            found.add("name");
        }
        if (containsEmail(text, email)) {
            found.add("email address");
        }
        if (containsPhone(summary, phone)) {
            found.add("phone number");
        }
        return found;
    }

    private static boolean containsName(String text, String name) {
        if (name == null || name.isBlank()) {
            return false;
        }
        String whole = fold(name).replaceAll("\\s+", " ").strip();
        if (text.replaceAll("\\s+", " ").contains(whole)) {
            return true;
        }
        for (String part : whole.split("[\\s\\-']+")) {
            if (part.length() >= 3 && Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(part) + "(?![\\p{L}\\p{N}])").matcher(text).find()) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsEmail(String text, String email) {
        if (email == null || email.isBlank()) {
            return false;
        }
        String folded = fold(email).strip();
        if (text.contains(folded)) {
            return true;
        }
        int at = folded.indexOf('@');
        String local = at > 0 ? folded.substring(0, at) : folded;
        return local.length() >= 3 && Pattern.compile("(?<![\\p{L}\\p{N}._%+-])" + Pattern.quote(local) + "(?![\\p{L}\\p{N}])").matcher(text).find();
    }

    private static boolean containsPhone(String summary, String phone) {
        String wanted = national(digits(phone));
        if (wanted.length() < PHONE_DIGITS) {
            return false;
        }
        String tail = wanted.substring(wanted.length() - PHONE_DIGITS);
        Matcher m = NUMBER.matcher(summary);
        while (m.find()) {
            if (national(digits(m.group())).contains(tail)) {
                return true;
            }
        }
        return false;
    }

    /** A UK number written with +44 or 0044 is the same number as the one written with a leading 0. */
    private static String national(String digits) {
        if (digits.startsWith("0044")) {
            return "0" + digits.substring(4);
        }
        if (digits.startsWith("44") && digits.length() >= 12) {
            return "0" + digits.substring(2);
        }
        return digits;
    }

    private static String digits(String text) {
        return text == null ? "" : text.replaceAll("[^0-9]", "");
    }

    /** Lower case without accents, so "Zoë" in the summary is found for "Zoe" in the identity and the other way round. */
    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.UK);
    }
}
