package org.placeworks.shared;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.placeworks.testsupport.JavaSources;

/**
 * Finds queries that bind a list after {@code in}: {@code in :ids}, {@code in (:ids)}, {@code in ?1}, {@code in (?1)}.
 * Each binds one parameter per element, so PostgreSQL
 * refuses the statement past 65,535 of them, and Hibernate translates such a query afresh at every call. The code
 * binds one array instead: {@code in_array(x, :ids)} in HQL ({@link InArray}), {@code x = any(:ids)} in SQL, or
 * {@link ByIds} for rows by id. A list written out in the SQL itself ({@code in ('FIXED', 'CLOSED')}) is not bound
 * and is not found, nor is a subquery ({@code in (select ...)}).
 */
final class QueriesBindOneArray {

    private static final Pattern LIST_BOUND = Pattern.compile("(?i)\\bin\\s*(\\(\\s*)?(:\\w|\\?)");

    private QueriesBindOneArray() {
    }

    /** Every offending string under a source root such as {@code src/main/java}, as "File.java: the string". */
    static List<String> violationsIn(Path sourceRoot) {
        List<String> violations = new ArrayList<>();
        for (Map.Entry<Path, String> file : JavaSources.under(sourceRoot).entrySet()) {
            stringsIn(file.getValue()).stream().filter(QueriesBindOneArray::bindsAList)
                    .forEach(s -> violations.add(file.getKey().getFileName() + ": " + s.strip().replaceAll("\\s+", " ")));
        }
        return violations;
    }

    static boolean bindsAList(String text) {
        return LIST_BOUND.matcher(text).find();
    }

    /** The string literals and text blocks of a source, comments and character literals skipped. */
    static List<String> stringsIn(String source) {
        List<String> strings = new ArrayList<>();
        int i = 0;
        while (i < source.length()) {
            if (source.startsWith("//", i)) {
                i = endOr(source, source.indexOf('\n', i), 1);
            } else if (source.startsWith("/*", i)) {
                i = endOr(source, source.indexOf("*/", i + 2), 2);
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                strings.add(source.substring(i + 3, end < 0 ? source.length() : end));
                i = endOr(source, end, 3);
            } else if (source.charAt(i) == '"' || source.charAt(i) == '\'') {
                char quote = source.charAt(i);
                int end = i + 1;
                while (end < source.length() && source.charAt(end) != quote) {
                    end += source.charAt(end) == '\\' ? 2 : 1;
                }
                if (quote == '"') {
                    strings.add(source.substring(i + 1, Math.min(end, source.length())));
                }
                i = end + 1;
            } else {
                i++;
            }
        }
        return strings;
    }

    private static int endOr(String source, int found, int length) {
        return found < 0 ? source.length() : found + length;
    }
}
