package org.placeworks.shared;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.placeworks.testsupport.JavaSources;

/**
 * Finds native queries given a result class that is not an entity. Hibernate (6.6) never finds the cached plan of
 * such a query again: every call adds an entry to the query plan cache, all with one hash, and every later lookup
 * walks them (docs/performance.md, "A profile of the dashboard at {@code large}"). An entity class, or no class, is
 * cached as it should be.
 * {@code QueryPlansTest} sees this on the pages it asks; this scan covers the code no test page reaches.
 */
final class NativeQueryResultTypes {

    private static final Pattern ENTITY = Pattern.compile("@Entity\\b[^;{]*?\\bclass\\s+(\\w+)");
    private static final Pattern CLASS_LITERAL = Pattern.compile("^([\\w.]+(?:\\[\\])*)\\s*\\.\\s*class$");
    private static final String CALL = "createNativeQuery(";

    private NativeQueryResultTypes() {
    }

    /** Every offending call under a source root such as {@code src/main/java}, as "File.java: Type.class". */
    static List<String> violationsIn(Path sourceRoot) {
        Map<Path, String> tree = JavaSources.under(sourceRoot);
        List<Path> files = List.copyOf(tree.keySet());
        List<String> sources = List.copyOf(tree.values());
        Set<String> entities = sources.stream().flatMap(s -> ENTITY.matcher(s).results().map(m -> m.group(1)))
                .collect(Collectors.toSet());
        List<String> violations = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            String name = files.get(i).getFileName().toString();
            resultTypesIn(sources.get(i)).stream().filter(type -> !entities.contains(simpleName(type)))
                    .forEach(type -> violations.add(name + ": " + type + ".class"));
        }
        return violations;
    }

    /** The class literal given as the last argument of each {@code createNativeQuery} call in the source. */
    static List<String> resultTypesIn(String source) {
        List<String> types = new ArrayList<>();
        for (int at = source.indexOf(CALL); at >= 0; at = source.indexOf(CALL, at + 1)) {
            List<String> arguments = argumentsFrom(source, at + CALL.length());
            if (arguments.size() > 1) {
                Matcher literal = CLASS_LITERAL.matcher(arguments.get(arguments.size() - 1).strip());
                if (literal.matches()) {
                    types.add(literal.group(1));
                }
            }
        }
        return types;
    }

    /** The top-level arguments of a call whose opening parenthesis ends just before {@code from}. */
    private static List<String> argumentsFrom(String source, int from) {
        List<String> arguments = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        for (int i = from; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '"') {
                // Skip a string literal or text block whole: SQL holds commas and parentheses of its own.
                int end = source.startsWith("\"\"\"", i) ? source.indexOf("\"\"\"", i + 3) + 2 : endOfString(source, i);
                current.append("\"\"");
                i = end;
            } else if (c == '(') {
                depth++;
                current.append(c);
            } else if (c == ')' && depth == 0) {
                arguments.add(current.toString());
                return arguments;
            } else if (c == ')') {
                depth--;
                current.append(c);
            } else if (c == ',' && depth == 0) {
                arguments.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        return arguments;
    }

    private static int endOfString(String source, int open) {
        for (int i = open + 1; i < source.length(); i++) {
            if (source.charAt(i) == '\\') {
                i++;
            } else if (source.charAt(i) == '"') {
                return i;
            }
        }
        return source.length();
    }

    private static String simpleName(String type) {
        return type.substring(type.lastIndexOf('.') + 1);
    }
}
