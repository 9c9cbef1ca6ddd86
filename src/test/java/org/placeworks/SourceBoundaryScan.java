package org.placeworks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.placeworks.testsupport.JavaSources;

/**
 * The module map checked on source text, where bytecode cannot see it: javac inlines compile-time
 * constants (a priority, {@code Roles.ADMIN}), so a class that uses only another
 * feature's constant leaves no trace for ArchUnit. Every reference to {@code org.placeworks.<feature>},
 * however written (import, static import, fully qualified in code or annotations), is checked against
 * {@link ModuleMap}: no wrong arrow, no reach into another feature's {@code internal}, {@code web} or
 * {@code api} package, and no {@code internal} class leaning on its own feature's service classes
 * (the top-level CDI beans that call into it).
 */
final class SourceBoundaryScan {

    private static final String ROOT = "org.placeworks";
    private static final Pattern PACKAGE = Pattern.compile("\\bpackage\\s+([\\w.\\s]+?)\\s*;");
    private static final Pattern REFERENCE = Pattern.compile("\\borg\\s*\\.\\s*placeworks((?:\\s*\\.\\s*\\w+)+)");
    private static final Pattern BEAN = Pattern.compile(
            "@(?:jakarta\\.enterprise\\.context\\.|jakarta\\.inject\\.)?(ApplicationScoped|RequestScoped|Singleton|Dependent)\\b"
                    + "[^;{]*?\\bclass\\b");

    /** The feature's top-level service classes (as {@code feature.Name}); internal code may not use them. */
    private final Set<String> serviceClasses;

    private SourceBoundaryScan(Set<String> serviceClasses) {
        this.serviceClasses = serviceClasses;
    }

    /** Scans every {@code .java} file under a source root such as {@code src/main/java}. */
    static List<String> violationsIn(Path sourceRoot) {
        Map<Path, String> tree = JavaSources.under(sourceRoot);
        List<Path> files = List.copyOf(tree.keySet());
        List<String> sources = List.copyOf(tree.values());
        SourceBoundaryScan scan = new SourceBoundaryScan(serviceClassesOf(sources));
        List<String> violations = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            violations.addAll(scan.check(sourceRoot.relativize(files.get(i)).toString(), sources.get(i)));
        }
        return violations;
    }

    /** Checks a few sources as if they were the whole tree (for tests of the scan itself). */
    static List<String> violationsIn(String... sources) {
        SourceBoundaryScan scan = new SourceBoundaryScan(serviceClassesOf(List.of(sources)));
        List<String> violations = new ArrayList<>();
        for (String source : sources) {
            violations.addAll(scan.check(packageOf(strip(source)), source));
        }
        return violations;
    }

    private List<String> check(String name, String source) {
        String code = strip(source);
        String[] from = split(packageOf(code));
        List<String> violations = new ArrayList<>();
        if (from == null) {
            return violations;
        }
        if (!ModuleMap.USES.containsKey(from[0])) {
            violations.add(name + ": package " + ROOT + "." + from[0] + " is not on the module map");
            return violations;
        }
        Matcher m = REFERENCE.matcher(code);
        Set<String> seen = new LinkedHashSet<>();
        while (m.find()) {
            String target = m.group(1).replaceAll("\\s+", "").substring(1);
            if (!seen.add(target)) {
                continue;
            }
            String problem = problem(from, target);
            if (problem != null) {
                violations.add(name + ": " + ROOT + "." + target + " " + problem);
            }
        }
        return violations;
    }

    /** Why {@code from} (feature, sub-package) may not refer to {@code target}, or null when it may. */
    private String problem(String[] from, String target) {
        String[] to = split(ROOT + "." + target);
        if (to == null || to[0].equals("*")) {
            return null;
        }
        if (!ModuleMap.USES.containsKey(to[0])) {
            return "is not on the module map";
        }
        if (!to[0].equals(from[0])) {
            if (!ModuleMap.mayUse(from[0], to[0])) {
                return "is a wrong arrow: " + from[0] + " may not use " + to[0];
            }
            if (ModuleMap.isPrivate(to[0], to[1])) {
                return "reaches into " + to[0] + "'s " + to[1].split("\\.")[0] + " package";
            }
            return null;
        }
        boolean fromInternal = from[1].equals("internal") || from[1].startsWith("internal.");
        if (fromInternal && to[1].isEmpty() && serviceClasses.contains(to[0] + "." + to[2])) {
            return "is a service class of " + to[0] + ": its internal package may not depend on it";
        }
        return null;
    }

    /**
     * {feature, sub-package, first class name or ""} of a dotted name under the root package; null outside it.
     * Package segments are lower case, the first capitalised segment is the class.
     */
    private static String[] split(String dotted) {
        if (dotted == null || !dotted.startsWith(ROOT + ".")) {
            return null;
        }
        String[] parts = dotted.substring(ROOT.length() + 1).split("\\.");
        if (parts[0].isEmpty() || Character.isUpperCase(parts[0].charAt(0))) {
            return new String[] {"", "", parts[0]};
        }
        StringBuilder sub = new StringBuilder();
        String type = "";
        for (int i = 1; i < parts.length; i++) {
            if (!parts[i].isEmpty() && Character.isUpperCase(parts[i].charAt(0))) {
                type = parts[i];
                break;
            }
            if (parts[i].equals("*")) {
                break;
            }
            sub.append(sub.isEmpty() ? "" : ".").append(parts[i]);
        }
        return new String[] {parts[0], sub.toString(), type};
    }

    private static String packageOf(String code) {
        Matcher m = PACKAGE.matcher(code);
        return m.find() ? m.group(1).replaceAll("\\s+", "") : null;
    }

    private static Set<String> serviceClassesOf(List<String> sources) {
        Set<String> found = new LinkedHashSet<>();
        for (String source : sources) {
            String code = strip(source);
            String[] at = split(packageOf(code));
            Matcher bean = BEAN.matcher(code);
            if (at != null && at[1].isEmpty() && bean.find()) {
                Matcher name = Pattern.compile("\\bclass\\s+(\\w+)").matcher(code.substring(bean.start()));
                if (name.find()) {
                    found.add(at[0] + "." + name.group(1));
                }
            }
        }
        return found;
    }

    /** The source without comments, string and character literals (they refer to nothing). */
    static String strip(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                int end = source.indexOf('\n', i);
                i = end < 0 ? n : end;
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
                out.append(' ');
            } else if (source.startsWith("\"\"\"", i)) {
                int end = i + 3;
                while (end < n && !source.startsWith("\"\"\"", end)) {
                    end += source.charAt(end) == '\\' ? 2 : 1;
                }
                i = Math.min(n, end + 3);
                out.append("\"\"");
            } else if (c == '"' || c == '\'') {
                int end = i + 1;
                while (end < n && source.charAt(end) != c && source.charAt(end) != '\n') {
                    end += source.charAt(end) == '\\' ? 2 : 1;
                }
                i = Math.min(n, end + 1);
                out.append(c).append(c);
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
